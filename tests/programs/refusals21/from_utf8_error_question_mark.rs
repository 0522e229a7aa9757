// FromUtf8Error and Utf8Error are std Errors: `?` passes them on, into a Box<dyn Error> too, and utf8_error/as_bytes read them.
use std::error::Error;
use std::string::FromUtf8Error;

fn decode(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
    let text = String::from_utf8(bytes)?;
    Ok(text.to_uppercase())
}

fn first_word(bytes: &[u8]) -> Result<String, Box<dyn Error>> {
    let text = std::str::from_utf8(bytes)?;
    Ok(text.split(' ').next().unwrap_or("").to_string())
}

fn main() {
    println!("{:?}", decode(vec![b'o', b'k']));
    match decode(vec![b'a', 0xc3]) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} / {:?} / {:?}", e, e.utf8_error(), e.as_bytes()),
    }
    println!("{:?}", first_word(b"two words"));
    match first_word(&[0xff]) {
        Ok(w) => println!("{}", w),
        Err(e) => println!("boxed: {}", e),
    }
}
// expect: Ok("OK")
// expect: incomplete utf-8 byte sequence from index 1 / Utf8Error { valid_up_to: 1, error_len: None } / [97, 195]
// expect: Ok("two")
// expect: boxed: invalid utf-8 sequence of 1 bytes from index 0
