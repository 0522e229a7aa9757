// `Vec::with_capacity(n)` allocates room for exactly n elements; pushing past n doubles it.
fn main() {
    let mut v: Vec<i64> = Vec::with_capacity(3);
    println!("{} {}", v.len(), v.capacity());
    v.push(1);
    v.push(2);
    v.push(3);
    println!("{} {}", v.len(), v.capacity());
    v.push(4);
    println!("{} {}", v.len(), v.capacity());
}
// expect: 0 3
// expect: 3 3
// expect: 4 6
