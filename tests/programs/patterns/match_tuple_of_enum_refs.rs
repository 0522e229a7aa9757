// Matching a tuple of two enum references compares both at once through default binding modes.
#[derive(Debug)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

fn winner(a: &Hand, b: &Hand) -> &'static str {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper) => "first",
        (Hand::Rock, Hand::Rock) | (Hand::Paper, Hand::Paper) | (Hand::Scissors, Hand::Scissors) => "draw",
        _ => "second",
    }
}

fn main() {
    let rounds = [(Hand::Rock, Hand::Scissors), (Hand::Paper, Hand::Scissors), (Hand::Rock, Hand::Rock)];
    for (a, b) in &rounds {
        println!("{:?} vs {:?}: {}", a, b, winner(a, b));
    }
}
// expect: Rock vs Scissors: first
// expect: Paper vs Scissors: second
// expect: Rock vs Rock: draw
