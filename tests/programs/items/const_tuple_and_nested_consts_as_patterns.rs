// Tuple constants, and constants built from other constants, match the values they spell.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Dir {
    North,
    South,
}

const ORIGIN: (i32, i32) = (0, 0);
const LIMIT: i32 = 10;
const CORNER: (i32, i32) = (LIMIT, -LIMIT);
const HOME: (Dir, i32) = (Dir::North, 0);

fn main() {
    for p in [(0, 0), (10, -10), (3, 4)] {
        let what = match p {
            ORIGIN => "origin",
            CORNER => "corner",
            _ => "elsewhere",
        };
        println!("{:?} {}", p, what);
    }
    for h in [(Dir::North, 0), (Dir::South, 0)] {
        println!("{}", matches!(h, HOME));
    }
}
// expect: (0, 0) origin
// expect: (10, -10) corner
// expect: (3, 4) elsewhere
// expect: true
// expect: false
