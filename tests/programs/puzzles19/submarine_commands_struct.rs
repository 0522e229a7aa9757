// A struct with impl methods applying "forward 5"-style commands; parse via split_once and match.
struct Sub {
    pos: i64,
    depth: i64,
    aim: i64,
}

impl Sub {
    fn new() -> Self {
        Sub { pos: 0, depth: 0, aim: 0 }
    }

    fn apply(&mut self, cmd: &str) {
        let (word, n) = cmd.split_once(' ').expect("command and number");
        let n: i64 = n.parse().expect("number");
        match word {
            "forward" => {
                self.pos += n;
                self.depth += self.aim * n;
            }
            "down" => self.aim += n,
            "up" => self.aim -= n,
            _ => panic!("unknown command {word}"),
        }
    }

    fn product(&self) -> i64 {
        self.pos * self.depth
    }
}

fn main() {
    let mut sub = Sub::new();
    for cmd in "forward 5\ndown 5\nforward 8\nup 3\ndown 8\nforward 2".lines() {
        sub.apply(cmd);
    }
    println!("{} {} {}", sub.pos, sub.depth, sub.product());
}
// expect: 15 60 900
