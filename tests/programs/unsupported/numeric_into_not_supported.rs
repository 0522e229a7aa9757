// std's numeric From impls through `.into()` (i32 into i64) are not run yet: named as not supported, never a false error.
fn main() {
    let big: i64 = 7i32.into();
    println!("{}", big);
}
// expect: 7
// unsupported: `.into()`
