// A float literal cannot initialise an integer variable.
fn main() {
    let n: i32 = 1.5;
    println!("{}", n);
}
// error: E0308 at 3:18
