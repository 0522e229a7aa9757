// A struct with two lifetime parameters is not followed borrow by borrow yet: it is "not supported yet" at its second lifetime, never a made-up verdict.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn main() {
    let p = Pair { x: "a", y: "b" };
    println!("{} {}", p.x, p.y);
}
// expect: a b
// unsupported: structs and enums with more than one lifetime parameter
