// String::replace_range swaps a byte range for new text in place, as std's Vec::splice: a shorter text moves the tail down, a longer one reserves once (amortized, as `reserve`) and moves it up.
fn main() {
    let mut s = String::from("Hello, world!");
    println!("{} {}", s.len(), s.capacity());
    s.replace_range(7..12, "Rust");
    println!("{} (len {}, cap {})", s, s.len(), s.capacity());
    s.replace_range(..5, "Goodbye");
    println!("{} (len {}, cap {})", s, s.len(), s.capacity());
    s.replace_range(9.., "everyone, really!");
    println!("{} (len {}, cap {})", s, s.len(), s.capacity());
    s.replace_range(..=2, "");
    println!("{} (len {}, cap {})", s, s.len(), s.capacity());
    let mut roomy = String::with_capacity(20);
    roomy.push_str("abc");
    roomy.replace_range(1..2, "XYZ");
    println!("{} cap {}", roomy, roomy.capacity());
    let word = String::from("ö!");
    let at = roomy.find('Z').unwrap();
    roomy.replace_range(at..=at, &word);
    println!("{}", roomy);
}
// expect: 13 13
// expect: Hello, Rust! (len 12, cap 13)
// expect: Goodbye, Rust! (len 14, cap 26)
// expect: Goodbye, everyone, really! (len 26, cap 26)
// expect: dbye, everyone, really! (len 23, cap 26)
// expect: aXYZc cap 20
// expect: aXYö!c
