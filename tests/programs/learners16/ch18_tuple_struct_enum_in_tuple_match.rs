// Matching a tuple of two enums (a rock-paper-scissors judge) with wildcards.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

fn judge(a: Hand, b: Hand) -> &'static str {
    use Hand::*;
    match (a, b) {
        (x, y) if x == y => "draw",
        (Rock, Scissors) | (Paper, Rock) | (Scissors, Paper) => "first wins",
        _ => "second wins",
    }
}

fn main() {
    let hands = [Hand::Rock, Hand::Paper, Hand::Scissors];
    for a in hands {
        for b in hands {
            println!("{:?} vs {:?}: {}", a, b, judge(a, b));
        }
    }
}
// expect: Rock vs Rock: draw
// expect: Rock vs Paper: second wins
// expect: Rock vs Scissors: first wins
// expect: Paper vs Rock: first wins
// expect: Paper vs Paper: draw
// expect: Paper vs Scissors: second wins
// expect: Scissors vs Rock: second wins
// expect: Scissors vs Paper: first wins
// expect: Scissors vs Scissors: draw
