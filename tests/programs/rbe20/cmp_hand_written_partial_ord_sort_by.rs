// A hand-written PartialOrd by an f64 field used by sort_by (descending), >, and max_by with unwrap_or.
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Player {
    name: String,
    score: f64,
}

impl PartialOrd for Player {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.score.partial_cmp(&other.score)
    }
}

fn main() {
    let mut players = vec![
        Player { name: "a".into(), score: 2.5 },
        Player { name: "b".into(), score: 9.0 },
        Player { name: "c".into(), score: 4.25 },
    ];
    players.sort_by(|a, b| b.partial_cmp(a).unwrap());
    for p in &players {
        println!("{} {}", p.name, p.score);
    }
    println!("{}", players[0] > players[1]);
    let best = players.iter().max_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    println!("{:?}", best.map(|p| &p.name));
}
// expect: b 9
// expect: c 4.25
// expect: a 2.5
// expect: true
// expect: Some("b")
