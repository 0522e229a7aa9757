// Edition 2021 closures capture disjoint fields: one closure mutates a field while another field is read.
struct Game {
    score: u32,
    name: String,
    log: Vec<String>,
}

fn main() {
    let mut g = Game { score: 0, name: "pong".into(), log: vec![] };
    let mut bump = |n: u32| g.score += n;
    let title = &g.name;
    bump(3);
    bump(4);
    println!("{title}");
    let mut note = |s: &str| g.log.push(format!("{}: {s}", g.name));
    note("start");
    note("end");
    println!("{} {:?}", g.score, g.log);
}
// expect: pong
// expect: 7 ["pong: start", "pong: end"]
