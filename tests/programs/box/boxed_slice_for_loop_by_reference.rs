// `for x in &b` over a Box<[i32]> yields references to the boxed elements, and `&mut b` lets the loop change them in place.
fn main() {
    let mut b: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    for x in &mut b {
        *x *= 10;
    }
    let mut total = 0;
    for x in &b {
        total += *x;
    }
    println!("{:?} {}", b, total);
}
// expect: [10, 20, 30] 60
