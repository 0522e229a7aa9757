// A closure whose match arms return an i32 and a &str is E0308.
fn main() {
    let describe = |n: i32| match n {
        0 => "zero",
        _ => n,
    };
    println!("{}", describe(0));
}
// error: E0308 at 5:14
