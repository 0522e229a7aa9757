// `String::new()` and `String::from("")` are empty and own no heap buffer yet.
fn main() {
    let a = String::new();
    let b = String::from("");
    println!("[{}] {} {}", a, a.len(), a.capacity());
    println!("[{}] {} {}", b, b.len(), b.capacity());
}
// expect: [] 0 0
// expect: [] 0 0
