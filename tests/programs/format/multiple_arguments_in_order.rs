// Positional `{}` placeholders take the arguments in order, and can be mixed with inline names.
fn main() {
    let a = 1;
    let b = 2;
    let sum = a + b;
    println!("{} + {} = {}", a, b, a + b);
    println!("{} + {} = {sum}", a, b);
}
// expect: 1 + 2 = 3
// expect: 1 + 2 = 3
