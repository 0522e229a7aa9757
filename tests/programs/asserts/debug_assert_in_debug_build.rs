// In a debug build `debug_assert!` is checked like `assert!`.
fn main() {
    let items: Vec<i32> = Vec::new();
    println!("{}", items.len());
    debug_assert!(!items.is_empty(), "items must not be empty");
}
// expect: 0
// panic: items must not be empty
// panic-at: 5:5
