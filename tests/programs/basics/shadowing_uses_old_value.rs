// The new binding can be computed from the one it shadows.
fn main() {
    let x = 5;
    let x = x + 1;
    let x = x * 2;
    println!("{}", x);
}
// expect: 12
