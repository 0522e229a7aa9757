// AoC 2016 day 1: walk turn-and-step instructions on a grid, the distance of the end and of the first place visited twice.
use std::collections::HashSet;

const INPUT: &str = "R8, R4, R4, R8, L3, R2, L10";

#[derive(Debug, Clone, Copy)]
enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    fn turn(self, dir: char) -> Heading {
        match (self, dir) {
            (Heading::North, 'R') | (Heading::South, 'L') => Heading::East,
            (Heading::East, 'R') | (Heading::West, 'L') => Heading::South,
            (Heading::South, 'R') | (Heading::North, 'L') => Heading::West,
            _ => Heading::North,
        }
    }
    fn step(self) -> (i32, i32) {
        match self {
            Heading::North => (0, 1),
            Heading::East => (1, 0),
            Heading::South => (0, -1),
            Heading::West => (-1, 0),
        }
    }
}

fn main() {
    let mut heading = Heading::North;
    let (mut x, mut y) = (0i32, 0i32);
    let mut seen = HashSet::new();
    seen.insert((0, 0));
    let mut first_twice: Option<(i32, i32)> = None;
    for instr in INPUT.split(", ") {
        let mut chars = instr.chars();
        let dir = chars.next().unwrap();
        let n: i32 = chars.as_str().parse().unwrap();
        heading = heading.turn(dir);
        let (dx, dy) = heading.step();
        for _ in 0..n {
            x += dx;
            y += dy;
            if !seen.insert((x, y)) && first_twice.is_none() {
                first_twice = Some((x, y));
            }
        }
        println!("{} -> {:?} at ({}, {})", instr, heading, x, y);
    }
    println!("part 1: {}", x.abs() + y.abs());
    match first_twice {
        Some((a, b)) => println!("part 2: {}", a.abs() + b.abs()),
        None => println!("part 2: never"),
    }
}
// expect: R8 -> East at (8, 0)
// expect: R4 -> South at (8, -4)
// expect: R4 -> West at (4, -4)
// expect: R8 -> North at (4, 4)
// expect: L3 -> West at (1, 4)
// expect: R2 -> North at (1, 6)
// expect: L10 -> West at (-9, 6)
// expect: part 1: 15
// expect: part 2: 4
