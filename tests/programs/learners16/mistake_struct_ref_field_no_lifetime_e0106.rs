// A struct with a &str field and no lifetime parameter: E0106.
struct Excerpt {
    part: &str,
}

fn main() {
    let e = Excerpt { part: "call me" };
    println!("{}", e.part);
}
// error: E0106 at 3:11
