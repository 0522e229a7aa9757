// `pop` removes the last char; `clear` empties the String but keeps its buffer.
fn main() {
    let mut s = String::from("abc");
    let last = s.pop();
    println!("{:?} {}", last, s);
    s.clear();
    println!("[{}] {} {}", s, s.len(), s.capacity());
}
// expect: Some('c') ab
// expect: [] 0 3
