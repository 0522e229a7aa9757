// Arrays of Copy values are Copy: assigning copies all elements, no heap involved.
fn main() {
    let a = [1, 2, 3];
    let mut b = a;
    b[0] = 99;
    println!("{:?} {:?}", a, b);
}
// expect: [1, 2, 3] [99, 2, 3]
