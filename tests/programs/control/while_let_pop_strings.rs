// Popping Strings with `while let` moves each one out; it is freed at the end of its iteration.
fn main() {
    let mut words = vec![String::from("first"), String::from("second")];
    while let Some(w) = words.pop() {
        println!("popped {}", w);
    }
    println!("capacity still {}", words.capacity());
}
// expect: popped second
// expect: popped first
// expect: capacity still 2
