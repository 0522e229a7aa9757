// Matching a tuple of two enums: or-patterns list the winning pairs, a binding catches the draws.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

use Hand::*;

fn winner(a: Hand, b: Hand) -> &'static str {
    match (a, b) {
        (Rock, Scissors) | (Paper, Rock) | (Scissors, Paper) => "first",
        (x, y) if x == y => "draw",
        _ => "second",
    }
}

fn main() {
    let games = [(Rock, Scissors), (Paper, Paper), (Scissors, Rock), (Paper, Rock)];
    for (a, b) in games {
        println!("{:?} vs {:?}: {}", a, b, winner(a, b));
    }
}
// expect: Rock vs Scissors: first
// expect: Paper vs Paper: draw
// expect: Scissors vs Rock: second
// expect: Paper vs Rock: first
