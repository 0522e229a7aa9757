// Iterating a byte string: `for &b in b"Rust"` prints each byte as a number and as a char, and counts the uppercase ones.
fn main() {
    let mut upper = 0;
    for &b in b"Rust" {
        println!("{} {}", b, b as char);
        if b.is_ascii_uppercase() {
            upper += 1;
        }
    }
    println!("upper: {}", upper);
    let sum: u32 = b"abc".iter().map(|&b| b as u32).sum();
    println!("{}", sum);
}
// expect: 82 R
// expect: 117 u
// expect: 115 s
// expect: 116 t
// expect: upper: 1
// expect: 294
