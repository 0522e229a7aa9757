// `sort_by_key` past 20 elements with a key borrowing two fields of each element: no allocation, no write, so the stable order is rustc's.
#[derive(Debug)]
struct Player { team: String, score: u32 }
fn main() {
    let teams = ["red", "blue", "green"];
    let mut players: Vec<Player> = (0..24u32).map(|i| Player { team: teams[(i % 3) as usize].to_string(), score: (i * 13) % 10 }).collect();
    players.sort_by_key(|p| (std::cmp::Reverse(p.score), p.team.len()));
    for p in &players[..4] {
        println!("{:?}", p);
    }
}
// expect: Player { team: "red", score: 9 }
// expect: Player { team: "blue", score: 9 }
// expect: Player { team: "green", score: 9 }
// expect: Player { team: "red", score: 8 }
