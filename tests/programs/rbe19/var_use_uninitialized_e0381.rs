// Reading a declared binding before it is initialised is E0381.
fn main() {
    let another_binding: i32;
    println!("another binding: {}", another_binding);
    another_binding = 1;
    println!("{}", another_binding);
}
// error: E0381 at 4:37
