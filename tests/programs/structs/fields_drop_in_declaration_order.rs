// When a struct is dropped, its fields are dropped in declaration order: name first, then scores, then tag.
struct Player {
    name: String,
    scores: Vec<u32>,
    tag: String,
}

fn main() {
    let p = Player {
        tag: String::from("t"),
        scores: vec![10, 20],
        name: String::from("Ferris"),
    };
    println!("{} {:?} {}", p.name, p.scores, p.tag);
}
// expect: Ferris [10, 20] t
