// Sorting a Vec of structs by a key, reversing, and finding the max_by_key.
#[derive(Debug, Clone)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut players = vec![
        Player { name: "ann".to_string(), score: 30 },
        Player { name: "bo".to_string(), score: 95 },
        Player { name: "cy".to_string(), score: 60 },
    ];
    players.sort_by_key(|p| p.score);
    let names: Vec<&str> = players.iter().map(|p| p.name.as_str()).collect();
    println!("{:?}", names);
    players.reverse();
    println!("{}", players[0].name);
    let best = players.iter().max_by_key(|p| p.score).unwrap();
    println!("{:?}", best);
}
// expect: ["ann", "cy", "bo"]
// expect: bo
// expect: Player { name: "bo", score: 95 }
