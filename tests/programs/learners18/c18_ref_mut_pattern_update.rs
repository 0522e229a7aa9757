// ref mut in a match on a struct field, and iter_mut with destructured tuple elements updated.
struct Player {
    name: String,
    score: Option<u32>,
}

fn main() {
    let mut p = Player { name: "Zed".into(), score: Some(3) };
    match p.score {
        Some(ref mut s) => *s += 10,
        None => {}
    }
    println!("{} {:?}", p.name, p.score);
    let mut pairs = vec![("a", 1), ("b", 2)];
    for (name, n) in pairs.iter_mut() {
        *n *= 10;
        if *name == "b" {
            *name = "B";
        }
    }
    println!("{pairs:?}");
    if let Player { score: Some(s), ref name } = p {
        println!("{name} has {s}");
    }
}
// expect: Zed Some(13)
// expect: [("a", 10), ("B", 20)]
// expect: Zed has 13
