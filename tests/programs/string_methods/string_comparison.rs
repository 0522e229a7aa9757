// Strings compare by content with `==`, and with `<` in dictionary order.
fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    println!("{} {} {}", a == "apple", a < b, a.as_str() > "Apple");
}
// expect: true true true
