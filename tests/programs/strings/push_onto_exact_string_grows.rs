// A String made by `String::from` is full, so the first push reallocates to at least 8 bytes.
fn main() {
    let mut s = String::from("abc");
    println!("{} {}", s.len(), s.capacity());
    s.push('d');
    println!("{} {} {}", s, s.len(), s.capacity());
}
// expect: 3 3
// expect: abcd 4 8
