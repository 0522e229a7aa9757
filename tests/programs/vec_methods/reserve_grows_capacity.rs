// `reserve(n)` makes room for at least n more elements, possibly more than asked.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.reserve(10);
    println!("{}", v.capacity());
    v.push(1);
    v.reserve(10);
    println!("{}", v.capacity());
    v.reserve(100);
    println!("{}", v.capacity());
}
// expect: 10
// expect: 20
// expect: 101
