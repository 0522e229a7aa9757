// sort_by_cached_key over structs by a derived-Ord tuple key (score reversed, then name cloned), as a leaderboard does.
use std::cmp::Reverse;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut players = vec![
        Player { name: String::from("zed"), score: 40 },
        Player { name: String::from("amy"), score: 90 },
        Player { name: String::from("bo"), score: 40 },
    ];
    players.sort_by_cached_key(|p| (Reverse(p.score), p.name.clone()));
    for p in &players {
        println!("{} {}", p.name, p.score);
    }
}
// expect: amy 90
// expect: bo 40
// expect: zed 40
