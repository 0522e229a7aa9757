// A trait with a provided method that calls a generic helper bounded by the trait itself.
trait Scored {
    fn score(&self) -> u32;
    fn beats(&self, other: &dyn Scored) -> bool {
        self.score() > other.score()
    }
}

#[derive(Debug)]
struct Team {
    name: &'static str,
    wins: u32,
}

#[derive(Debug)]
struct Solo(u32);

impl Scored for Team {
    fn score(&self) -> u32 {
        self.wins * 3
    }
}

impl Scored for Solo {
    fn score(&self) -> u32 {
        self.0
    }
}

fn best<'a, T: Scored>(items: &'a [T]) -> Option<&'a T> {
    let mut best: Option<&T> = None;
    for it in items {
        best = match best {
            Some(b) if b.score() >= it.score() => Some(b),
            _ => Some(it),
        };
    }
    best
}

fn main() {
    let teams = [Team { name: "owls", wins: 3 }, Team { name: "bats", wins: 5 }, Team { name: "cats", wins: 1 }];
    println!("{:?}", best(&teams));
    let s = Solo(14);
    println!("bats beat solo? {}", teams[1].beats(&s));
    println!("solo beats owls? {}", s.beats(&teams[0]));
    let none: [Solo; 0] = [];
    println!("{:?}", best(&none));
}
// expect: Some(Team { name: "bats", wins: 5 })
// expect: bats beat solo? true
// expect: solo beats owls? true
// expect: None
