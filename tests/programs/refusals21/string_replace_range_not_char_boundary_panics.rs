// replace_range asserts both ends are char boundaries, at the call: an end inside 'é' panics with std's message.
fn main() {
    let mut s = String::from("café au lait");
    s.replace_range(0..3, "th");
    println!("{}", s);
    s.replace_range(0..3, "e");
    println!("{}", s);
}
// expect: thé au lait
// panic: end of range should be a character boundary
// panic-at: 6:7
