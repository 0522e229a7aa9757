// `len`, `capacity` and `is_empty` describe a Vec as it grows.
fn main() {
    let mut v = Vec::new();
    println!("{} {} {}", v.len(), v.capacity(), v.is_empty());
    v.push(1.5);
    println!("{} {} {}", v.len(), v.capacity(), v.is_empty());
}
// expect: 0 0 true
// expect: 1 4 false
