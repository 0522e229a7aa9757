// Reading a reference field through a local reference to a parameter hands on what the parameter holds, not a borrow of the local: rustc accepts it.
struct Excerpt<'a> {
    part: &'a str,
}

fn part_of<'a>(e: Excerpt<'a>) -> &'a str {
    let r = &e;
    r.part
}

fn main() {
    let text = String::from("call me");
    println!("{}", part_of(Excerpt { part: &text[..4] }));
}
// expect: call
