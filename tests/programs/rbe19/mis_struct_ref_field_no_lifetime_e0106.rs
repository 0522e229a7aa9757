// A struct field holding a reference without a lifetime is E0106.
struct Excerpt {
    part: &str,
}

fn main() {
    let e = Excerpt { part: "call me" };
    println!("{}", e.part);
}
// error: E0106 at 3:11
