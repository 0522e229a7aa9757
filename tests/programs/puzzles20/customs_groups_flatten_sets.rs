// Customs groups (AoC 2020 day 6): each person's answers a HashSet<char>; `sets.iter().flatten()` walks every set by reference (`&HashSet` is IntoIterator), counted and collected into a BTreeSet, and intersections folded.
use std::collections::{BTreeSet, HashSet};

fn main() {
    let input = "abc\n\na\nb\nc\n\nab\nac\n\na\na\na\na\n\nb";
    let mut anyone = 0;
    let mut everyone = 0;
    for group in input.split("\n\n") {
        let sets: Vec<HashSet<char>> = group.lines().map(|l| l.chars().collect()).collect();
        let answers = sets.iter().flatten().count();
        let union: BTreeSet<char> = sets.iter().flatten().copied().collect();
        let mut inter = sets[0].clone();
        for s in &sets[1..] {
            inter = inter.intersection(s).cloned().collect();
        }
        let mut common: Vec<&char> = inter.iter().collect();
        common.sort();
        println!("{} answers, union {:?}, common {:?}", answers, union, common);
        anyone += union.len();
        everyone += inter.len();
    }
    println!("{} {}", anyone, everyone);
}
// expect: 3 answers, union {'a', 'b', 'c'}, common ['a', 'b', 'c']
// expect: 3 answers, union {'a', 'b', 'c'}, common []
// expect: 4 answers, union {'a', 'b', 'c'}, common ['a']
// expect: 4 answers, union {'a'}, common ['a']
// expect: 1 answers, union {'b'}, common ['b']
// expect: 11 6
