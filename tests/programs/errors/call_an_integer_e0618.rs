// Calling a variable that holds a number, not a function, is error E0618.
fn main() {
    let count = 3;
    let n = count(2);
    println!("{}", n);
}
// error: E0618 at 4:13
