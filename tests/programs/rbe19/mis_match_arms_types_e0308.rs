// match arms of different types are E0308.
fn main() {
    let n = 3;
    let s = match n {
        1 => "one",
        2 => 2,
        _ => "many",
    };
    println!("{}", s);
}
// error: E0308 at 6:14
