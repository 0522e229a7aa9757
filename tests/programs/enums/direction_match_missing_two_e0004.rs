// A match over a four-variant enum that forgets two variants is E0004, naming both.
#[derive(Debug)]
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
    }
}

fn main() {
    println!("{}", turn(Direction::West));
}
// error: E0004 at 11:11
