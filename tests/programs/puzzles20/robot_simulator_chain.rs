// Robot simulator (Exercism): methods taking self by value and rebuilding the struct with update syntax, instructions folded over chars.
#[derive(PartialEq, Eq, Debug, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    d: Direction,
}

impl Robot {
    fn new(x: i32, y: i32, d: Direction) -> Self {
        Robot { x, y, d }
    }
    fn turn_right(self) -> Self {
        let d = match self.d {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        };
        Robot { d, ..self }
    }
    fn turn_left(self) -> Self {
        self.turn_right().turn_right().turn_right()
    }
    fn advance(self) -> Self {
        let (x, y) = match self.d {
            Direction::North => (self.x, self.y + 1),
            Direction::East => (self.x + 1, self.y),
            Direction::South => (self.x, self.y - 1),
            Direction::West => (self.x - 1, self.y),
        };
        Robot { x, y, ..self }
    }
    fn instructions(self, s: &str) -> Self {
        s.chars().fold(self, |r, c| match c {
            'R' => r.turn_right(),
            'L' => r.turn_left(),
            'A' => r.advance(),
            _ => r,
        })
    }
    fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }
}

fn main() {
    let r = Robot::new(7, 3, Direction::North).instructions("RAALAL");
    println!("{:?} {:?}", r.position(), r.d);
    println!("{:?}", Robot::new(0, 0, Direction::West).advance());
}
// expect: (9, 4) West
// expect: Robot { x: -1, y: 0, d: West }
