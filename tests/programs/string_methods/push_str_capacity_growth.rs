// `push_str` on a full String grows the capacity to max(double, needed).
fn main() {
    let mut s = String::new();
    s.push_str("hello");
    println!("{} {}", s.len(), s.capacity());
    s.push_str(", world");
    println!("{} {}", s.len(), s.capacity());
    s.push_str(" and more text here");
    println!("{} {}", s.len(), s.capacity());
}
// expect: 5 8
// expect: 12 16
// expect: 31 32
