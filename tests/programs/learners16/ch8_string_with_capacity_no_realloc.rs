// String::with_capacity(16) filled without reallocating, then one push_str past it grows it.
fn main() {
    let mut s = String::with_capacity(16);
    for w in ["rust", "is", "fun"] {
        s.push_str(w);
        s.push(' ');
        println!("{} {}", s.len(), s.capacity());
    }
    s.push_str("and fast enough");
    println!("{} {}", s.len(), s.capacity());
}
// expect: 5 16
// expect: 8 16
// expect: 12 16
// expect: 27 32
