// dbg! writes the location, the expression as written and its value ({:#?}) to stderr, and hands the value back.
fn main() {
    let a = 2;
    let b = dbg!(a * 3) + 1;
    println!("{}", b);
}
// expect: 7
// stderr: [main.rs:4:13] a * 3 = 6
