// With no other type information a literal is an i32, and 3000000000 is out of range.
fn main() {
    let big = 3000000000;
    println!("{}", big);
}
// error: lint overflowing_literals at 3:15
