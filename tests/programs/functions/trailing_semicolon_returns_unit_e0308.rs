// A semicolon after the last expression makes the body return `()`, so `-> i32` is E0308.
fn plus_one(x: i32) -> i32 {
    x + 1;
}

fn main() {
    println!("{}", plus_one(5));
}
// error: E0308 at 2:24
