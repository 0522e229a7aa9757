// Iterating a non-ASCII string by chars and by bytes, counting each.
fn main() {
    let word = "Зд";
    for c in word.chars() {
        println!("{}", c);
    }
    for b in word.bytes() {
        println!("{}", b);
    }
    println!("{} chars, {} bytes", "naïve".chars().count(), "naïve".len());
}
// expect: З
// expect: д
// expect: 208
// expect: 151
// expect: 208
// expect: 180
// expect: 5 chars, 6 bytes
