// Reassigning `(a, b) = (b, a)` swaps two variables via destructuring assignment.
fn main() {
    let mut a = 1;
    let mut b = 2;
    (a, b) = (b, a);
    println!("a = {}, b = {}", a, b);
}
// expect: a = 2, b = 1
