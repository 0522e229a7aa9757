// sort_by with partial_cmp for f64 fields, then sort_by_key with a tuple key and a reversed key.
#[derive(Debug, Clone)]
struct Player {
    name: &'static str,
    score: f64,
    level: u32,
}

fn main() {
    let mut team = vec![
        Player { name: "kim", score: 7.5, level: 2 },
        Player { name: "lee", score: 9.25, level: 1 },
        Player { name: "ana", score: 7.5, level: 3 },
        Player { name: "bo", score: 3.0, level: 2 },
    ];
    team.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap());
    for p in &team {
        println!("{:>4} {:5.2} L{}", p.name, p.score, p.level);
    }
    team.sort_by_key(|p| (p.level, p.name));
    let order: Vec<&str> = team.iter().map(|p| p.name).collect();
    println!("by level then name: {:?}", order);
    team.sort_by(|a, b| a.name.cmp(b.name));
    println!("{:?}", team.iter().map(|p| p.name).collect::<Vec<_>>());
    println!("{:#?}", team[0]);
}
// expect:  lee  9.25 L1
// expect:  kim  7.50 L2
// expect:  ana  7.50 L3
// expect:   bo  3.00 L2
// expect: by level then name: ["lee", "bo", "kim", "ana"]
// expect: ["ana", "bo", "kim", "lee"]
// expect: Player {
// expect:     name: "ana",
// expect:     score: 7.5,
// expect:     level: 3,
// expect: }
