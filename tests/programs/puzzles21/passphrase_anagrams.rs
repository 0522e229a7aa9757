// AoC 2017 day 4: passphrases valid without repeated words, then without anagrams, words as sorted char Vecs in a HashSet.
// heap: skip a HashSet or HashMap frees its elements in its own iteration order, which std seeds at random
use std::collections::HashSet;

const INPUT: &str = "aa bb cc dd ee
aa bb cc dd aa
aa bb cc dd aaa
abcde fghij
abcde xyz ecdab
a ab abc abd abf abj
iiii oiii ooii oooi oooo
oiii ioii iioi iiio";

fn no_repeats(line: &str) -> bool {
    let mut seen = HashSet::new();
    line.split_whitespace().all(|w| seen.insert(w))
}

fn no_anagrams(line: &str) -> bool {
    let mut seen: HashSet<Vec<char>> = HashSet::new();
    for w in line.split_whitespace() {
        let mut key: Vec<char> = w.chars().collect();
        key.sort_unstable();
        if !seen.insert(key) {
            return false;
        }
    }
    true
}

fn main() {
    for line in INPUT.lines() {
        println!("{:<28} {} {}", line, no_repeats(line), no_anagrams(line));
    }
    let a = INPUT.lines().filter(|l| no_repeats(l)).count();
    let b = INPUT.lines().filter(|l| no_anagrams(l)).count();
    println!("{} {}", a, b);
}
// expect: aa bb cc dd ee               true true
// expect: aa bb cc dd aa               false false
// expect: aa bb cc dd aaa              true true
// expect: abcde fghij                  true true
// expect: abcde xyz ecdab              true false
// expect: a ab abc abd abf abj         true true
// expect: iiii oiii ooii oooi oooo     true true
// expect: oiii ioii iioi iiio          true false
// expect: 7 5
