// A String with spare capacity shrinks to its length (realloc 16 -> 2) when it becomes a `Box<str>`.
fn main() {
    let mut s = String::with_capacity(16);
    s.push_str("hi");
    let b = s.into_boxed_str();
    println!("[{}] {}", b, b.len());
}
// expect: [hi] 2
