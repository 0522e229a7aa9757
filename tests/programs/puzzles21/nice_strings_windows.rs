// AoC 2015 day 5: nice strings by vowels, doubled letters and forbidden pairs, then by repeated pairs and a letter sandwich.
const INPUT: &str = "ugknbfddgicrmopn
aaa
jchzalrnumimnmhp
haegwjzuvuyypxyu
dvszwmarrgswjxmb
qjhvhtzxzqqjkmpb
xxyxx
uurcxstgmygtbstg
ieodomkazucvgmuy";

fn nice_one(s: &str) -> bool {
    let vowels = s.chars().filter(|c| "aeiou".contains(*c)).count();
    let bytes = s.as_bytes();
    let double = bytes.windows(2).any(|w| w[0] == w[1]);
    let bad = ["ab", "cd", "pq", "xy"].iter().any(|p| s.contains(p));
    vowels >= 3 && double && !bad
}

fn nice_two(s: &str) -> bool {
    let b = s.as_bytes();
    let mut pair = false;
    for i in 0..b.len().saturating_sub(1) {
        for j in i + 2..b.len().saturating_sub(1) {
            if b[i..i + 2] == b[j..j + 2] {
                pair = true;
            }
        }
    }
    let sandwich = b.windows(3).any(|w| w[0] == w[2]);
    pair && sandwich
}

fn main() {
    for s in INPUT.lines() {
        println!("{:<18} {:<5} {}", s, nice_one(s), nice_two(s));
    }
    let count1 = INPUT.lines().filter(|s| nice_one(s)).count();
    let count2 = INPUT.lines().filter(|s| nice_two(s)).count();
    println!("{} {}", count1, count2);
}
// expect: ugknbfddgicrmopn   true  false
// expect: aaa                true  false
// expect: jchzalrnumimnmhp   false false
// expect: haegwjzuvuyypxyu   false false
// expect: dvszwmarrgswjxmb   false false
// expect: qjhvhtzxzqqjkmpb   false true
// expect: xxyxx              false true
// expect: uurcxstgmygtbstg   false false
// expect: ieodomkazucvgmuy   false false
// expect: 2 2
