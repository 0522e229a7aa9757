// `use Direction::*` brings the variants into scope for expressions and patterns; Self::Variant works inside the impl.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

use Direction::*;

impl Direction {
    fn turn_right(self) -> Self {
        match self {
            North => East,
            East => South,
            South => West,
            West => Self::North,
        }
    }

    fn all() -> [Direction; 4] {
        [Self::North, Self::East, Self::South, Self::West]
    }
}

fn main() {
    let mut d = North;
    for _ in 0..5 {
        d = d.turn_right();
    }
    println!("{:?}", d);
    println!("{:?}", Direction::all());
    println!("{}", d == East);
}
// expect: East
// expect: [North, East, South, West]
// expect: true
