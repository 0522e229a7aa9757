// A struct with two lifetime parameters holding two string literals runs as rustc runs it.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn main() {
    let p = Pair { x: "a", y: "b" };
    println!("{} {}", p.x, p.y);
}
// expect: a b
