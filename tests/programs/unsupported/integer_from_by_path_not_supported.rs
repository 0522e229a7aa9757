// `i64::from(7i32)`, std's From impl between numbers called by path, is named as not supported, never a false "cannot find type `i64`" (E0433).
fn main() {
    let big = i64::from(7i32);
    println!("{}", big);
}
// expect: 7
// unsupported: `i64::from`
