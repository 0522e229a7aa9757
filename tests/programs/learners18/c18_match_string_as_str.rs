// Matching a String via as_str() with or-patterns, and a tuple of two enums.
#[derive(Debug, Clone, Copy)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

fn parse(s: &str) -> Option<Hand> {
    match s.to_lowercase().as_str() {
        "rock" | "r" => Some(Hand::Rock),
        "paper" | "p" => Some(Hand::Paper),
        "scissors" | "s" => Some(Hand::Scissors),
        _ => None,
    }
}

fn winner(a: Hand, b: Hand) -> &'static str {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper) => "first",
        (Hand::Rock, Hand::Rock) | (Hand::Paper, Hand::Paper) | (Hand::Scissors, Hand::Scissors) => "draw",
        _ => "second",
    }
}

fn main() {
    let games = [("Rock", "s"), ("p", "SCISSORS"), ("paper", "P"), ("lizard", "rock")];
    for (x, y) in games {
        match (parse(x), parse(y)) {
            (Some(a), Some(b)) => println!("{a:?} vs {b:?}: {}", winner(a, b)),
            (None, _) | (_, None) => println!("bad input {x} {y}"),
        }
    }
}
// expect: Rock vs Scissors: first
// expect: Paper vs Scissors: second
// expect: Paper vs Paper: draw
// expect: bad input lizard rock
