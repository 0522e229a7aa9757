// A match over a four-variant enum that handles only three: E0004 at the scrutinee.
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn(d: Direction) -> &'static str {
    match d {
        Direction::North => "up",
        Direction::East => "right",
        Direction::South => "down",
    }
}

fn main() {
    println!("{}", turn(Direction::West));
}
// error: E0004 at 10:11
