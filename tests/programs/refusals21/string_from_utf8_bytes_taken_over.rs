// String::from_utf8 takes the Vec's buffer over as the String's (no new allocation, its capacity kept); bytes that are not UTF-8 come back in the FromUtf8Error.
fn main() {
    let mut bytes = Vec::with_capacity(8);
    bytes.extend_from_slice(b"hello");
    let s = String::from_utf8(bytes).unwrap();
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    let bad = vec![0x66, 0x6f, 0xff, 0x6f];
    match String::from_utf8(bad) {
        Ok(text) => println!("text {}", text),
        Err(e) => {
            println!("error: {}", e);
            println!("{:?}", e);
            let back = e.into_bytes();
            println!("bytes back: {:?}", back);
        }
    }
}
// expect: hello len=5 cap=8
// expect: error: invalid utf-8 sequence of 1 bytes from index 2
// expect: FromUtf8Error { bytes: [102, 111, 255, 111], error: Utf8Error { valid_up_to: 2, error_len: Some(1) } }
// expect: bytes back: [102, 111, 255, 111]
