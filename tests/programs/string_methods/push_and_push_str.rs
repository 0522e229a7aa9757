// `push` appends one char and `push_str` appends a whole `&str`.
fn main() {
    let mut s = String::from("foo");
    s.push_str("bar");
    s.push('!');
    println!("{} len {}", s, s.len());
}
// expect: foobar! len 7
