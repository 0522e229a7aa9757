// String::from_utf8 of bytes that are UTF-8: Ok with the String, which took the Vec's buffer over.
fn main() {
    let bytes = vec![104, 105];
    let s = String::from_utf8(bytes).unwrap();
    println!("{s}");
}
// expect: hi
