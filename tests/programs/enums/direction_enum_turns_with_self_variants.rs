// A field-less Copy enum with `Self::` variants in its methods, `as u8` casts, one-byte layouts for it and its Option and Result, and dbg! of a method call.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn turn_right(self) -> Self {
        match self {
            Self::North => Self::East,
            Self::East => Self::South,
            Self::South => Self::West,
            Self::West => Self::North,
        }
    }
    fn all() -> [Direction; 4] {
        [Direction::North, Direction::East, Direction::South, Direction::West]
    }
}

fn main() {
    let mut d = Direction::North;
    for _ in 0..5 {
        d = d.turn_right();
    }
    println!("{:?} {}", d, d == Direction::East);
    for x in Direction::all() {
        print!("{:?}={} ", x, x as u8);
    }
    println!();
    println!("{} {} {}", std::mem::size_of::<Direction>(), std::mem::size_of::<Option<Direction>>(), std::mem::size_of::<Result<Direction, ()>>());
    let x = dbg!(d.turn_right());
    println!("{:?}", x);
}
// expect: East true
// expect: North=0 East=1 South=2 West=3 
// expect: 1 1 1
// expect: South
// stderr: [main.rs:35:13] d.turn_right() = South
