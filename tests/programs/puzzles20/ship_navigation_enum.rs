// Ship navigation (AoC 2020 day 12): an enum of actions parsed with split_at, a struct's waypoint rotated by matching on the action.
#[derive(Debug, Clone, Copy)]
enum Action {
    North(i32),
    South(i32),
    East(i32),
    West(i32),
    Left(i32),
    Right(i32),
    Forward(i32),
}

impl Action {
    fn parse(s: &str) -> Action {
        let (c, n) = s.split_at(1);
        let n: i32 = n.parse().unwrap();
        match c {
            "N" => Action::North(n),
            "S" => Action::South(n),
            "E" => Action::East(n),
            "W" => Action::West(n),
            "L" => Action::Left(n),
            "R" => Action::Right(n),
            "F" => Action::Forward(n),
            _ => unreachable!(),
        }
    }
}

struct Ship {
    x: i32,
    y: i32,
    wx: i32,
    wy: i32,
}

impl Ship {
    fn step(&mut self, a: Action) {
        match a {
            Action::North(n) => self.wy += n,
            Action::South(n) => self.wy -= n,
            Action::East(n) => self.wx += n,
            Action::West(n) => self.wx -= n,
            Action::Left(deg) => {
                for _ in 0..deg / 90 {
                    let (x, y) = (self.wx, self.wy);
                    self.wx = -y;
                    self.wy = x;
                }
            }
            Action::Right(deg) => {
                for _ in 0..deg / 90 {
                    let (x, y) = (self.wx, self.wy);
                    self.wx = y;
                    self.wy = -x;
                }
            }
            Action::Forward(n) => {
                self.x += self.wx * n;
                self.y += self.wy * n;
            }
        }
    }
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let actions: Vec<Action> = "F10 N3 F7 R90 F11".split(' ').map(Action::parse).collect();
    let mut ship = Ship { x: 0, y: 0, wx: 10, wy: 1 };
    for a in &actions {
        ship.step(*a);
        println!("{:?}: ship ({}, {}) waypoint ({}, {})", a, ship.x, ship.y, ship.wx, ship.wy);
    }
    println!("{}", ship.manhattan());
}
// expect: Forward(10): ship (100, 10) waypoint (10, 1)
// expect: North(3): ship (100, 10) waypoint (10, 4)
// expect: Forward(7): ship (170, 38) waypoint (10, 4)
// expect: Right(90): ship (170, 38) waypoint (4, -10)
// expect: Forward(11): ship (214, -72) waypoint (4, -10)
// expect: 286
