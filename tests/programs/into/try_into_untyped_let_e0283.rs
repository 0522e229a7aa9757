// `let x = 5i32.try_into().unwrap();` with nothing naming x's type: rustc cannot pick a TryFrom impl, E0283 at the let's pattern.
fn main() {
    let x = 5i32.try_into().unwrap();
    println!("{}", x);
}
// error: E0283 at 3:9
