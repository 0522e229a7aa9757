// std's numeric From impls through `.into()`: `let big: i64 = 7i32.into();` widens the i32 as rustc does.
fn main() {
    let big: i64 = 7i32.into();
    println!("{}", big);
}
// expect: 7
