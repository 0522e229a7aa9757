// Match arms of different types (a &str and an integer) are E0308.
fn main() {
    let n = 3;
    let s = match n {
        1 => "one",
        2 => "two",
        _ => 0,
    };
    println!("{s}");
}
// error: E0308 at 7:14
