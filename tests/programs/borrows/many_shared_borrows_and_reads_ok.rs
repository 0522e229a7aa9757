// Any number of shared borrows and plain reads of a value can overlap.
fn main() {
    let x = 5;
    let a = &x;
    let b = &x;
    let y = x + 1;
    println!("{} {} {} {}", a, b, x, y);
}
// expect: 5 5 5 6
