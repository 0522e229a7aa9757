// `i64::from(7i32)`, std's From impl between numbers called by path, runs as the widening it is (never a false "cannot find type `i64`", E0433).
fn main() {
    let big = i64::from(7i32);
    println!("{}", big);
}
// expect: 7
