// `Vec::with_capacity(0)` is the same as `Vec::new()`: no allocation.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(0);
    println!("{}", v.capacity());
    v.push(5);
    println!("{}", v.capacity());
}
// expect: 0
// expect: 4
