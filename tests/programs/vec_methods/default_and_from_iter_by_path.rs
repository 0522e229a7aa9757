// `String::default()` (Default) and `Vec::from_iter(..)` (FromIterator) by their paths run as std's impls, never E0599.
fn main() {
    let s = String::default();
    let v: Vec<u8> = Vec::from_iter(1..4);
    println!("[{}] {:?}", s, v);
}
// expect: [] [1, 2, 3]
