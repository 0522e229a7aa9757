// `for c in s.chars()` visits each Unicode character, not each byte.
fn main() {
    let s = String::from("Зд!");
    let mut count = 0;
    for c in s.chars() {
        println!("{} ({} bytes)", c, c.len_utf8());
        count += 1;
    }
    println!("{} chars, {} bytes", count, s.len());
}
// expect: З (2 bytes)
// expect: д (2 bytes)
// expect: ! (1 bytes)
// expect: 3 chars, 5 bytes
