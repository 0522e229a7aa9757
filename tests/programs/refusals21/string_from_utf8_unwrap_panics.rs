// unwrap of String::from_utf8 on bytes that are not UTF-8 panics with the FromUtf8Error's Debug, which holds the bytes.
fn main() {
    let bytes = vec![0x68, 0x69, 0xc0];
    let s = String::from_utf8(bytes).unwrap();
    println!("{}", s);
}
// panic: called `Result::unwrap()` on an `Err` value: FromUtf8Error { bytes: [104, 105, 192], error: Utf8Error { valid_up_to: 2, error_len: Some(1) } }
// panic-at: 4:38
