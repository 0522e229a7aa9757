// A `&str` literal needs no allocation, but `String::from` copies it to the heap.
fn main() {
    let literal = "Kinetic Gateway";
    println!("{}", literal.len());
    let owned = String::from(literal);
    println!("{}", owned.capacity());
}
// expect: 15
// expect: 15
