// Exercism-style: a robot simulator with a Direction enum, methods consuming self and a fold over instructions.
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

    fn instructions(self, instructions: &str) -> Self {
        instructions.chars().fold(self, |robot, c| match c {
            'R' => robot.turn_right(),
            'L' => robot.turn_left(),
            'A' => robot.advance(),
            _ => robot,
        })
    }

    fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }

    fn direction(&self) -> &Direction {
        &self.d
    }
}

fn main() {
    let r = Robot::new(7, 3, Direction::North).instructions("RAALAL");
    println!("{:?} {:?}", r.position(), r.direction());
    let r = Robot::new(0, 0, Direction::East).advance().turn_left().advance();
    println!("{:?}", r);
}
// expect: (9, 4) West
// expect: Robot { x: 1, y: 1, d: North }
