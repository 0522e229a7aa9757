// sort_unstable_by_key sorts structs by one field through a closure returning it.
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut team = vec![
        Player { name: String::from("Ann"), score: 7 },
        Player { name: String::from("Bo"), score: 3 },
        Player { name: String::from("Cid"), score: 5 },
    ];
    team.sort_unstable_by_key(|p| p.score);
    for p in &team {
        println!("{} {}", p.name, p.score);
    }
}
// expect: Bo 3
// expect: Cid 5
// expect: Ann 7
