// The first window of four distinct bytes found with windows() and a small HashSet per window; position() + 4.
use std::collections::HashSet;

fn first_marker(s: &str, n: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    bytes
        .windows(n)
        .position(|w| w.iter().collect::<HashSet<_>>().len() == n)
        .map(|i| i + n)
}

fn main() {
    for s in ["bvwbjplbgvbhsrlpgdmjqwftvncz", "nppdvjthqldpwncqszvftbrmjlhg", "aaaa"] {
        println!("{:?}", first_marker(s, 4));
    }
}
// expect: Some(5)
// expect: Some(6)
// expect: None
