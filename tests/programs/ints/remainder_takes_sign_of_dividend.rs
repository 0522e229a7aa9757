// `%` is the remainder, and its sign follows the left operand.
fn main() {
    let a = 7;
    let b = -7;
    println!("{} {}", a % 3, b % 3);
    println!("{} {}", a % -3, b % -3);
}
// expect: 1 -1
// expect: 1 -1
