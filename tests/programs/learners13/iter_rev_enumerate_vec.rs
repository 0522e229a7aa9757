// rev over a Vec's iter with enumerate before and after, and rposition/last via rev().find.
fn main() {
    let v = vec!['a', 'b', 'c', 'd'];
    let a: Vec<(usize, &char)> = v.iter().enumerate().rev().collect();
    println!("{:?}", a);
    let b: Vec<(usize, &char)> = v.iter().rev().enumerate().collect();
    println!("{:?}", b);
    let last_vowel = v.iter().rev().find(|c| "aeiou".contains(**c));
    println!("{:?}", last_vowel);
    let word: String = v.iter().rev().collect();
    println!("{}", word);
}
// expect: [(3, 'd'), (2, 'c'), (1, 'b'), (0, 'a')]
// expect: [(0, 'd'), (1, 'c'), (2, 'b'), (3, 'a')]
// expect: Some('a')
// expect: dcba
