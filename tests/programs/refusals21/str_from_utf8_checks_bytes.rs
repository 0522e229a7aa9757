// std::str::from_utf8 reads bytes as a &str without copying them; its Utf8Error says how far the bytes were valid and how long the bad sequence is (None when they stop inside a char).
use std::str;

fn describe(bytes: &[u8]) {
    match str::from_utf8(bytes) {
        Ok(s) => println!("ok {:?} ({} chars)", s, s.chars().count()),
        Err(e) => println!("{} | valid_up_to={} error_len={:?}", e, e.valid_up_to(), e.error_len()),
    }
}

fn main() {
    describe(b"plain ascii");
    describe("héllo wörld".as_bytes());
    describe(&[0x61, 0x80, 0x62]);
    describe(&[0x61, 0xe2, 0x82]);
    describe(&[0xe0, 0x80, 0x80]);
    describe(&[0xf0, 0x9f, 0x98, 0x41]);
    describe(&[0xed, 0xa0, 0x80]);
    let owned = vec![240, 159, 166, 128];
    let crab = std::str::from_utf8(&owned).unwrap();
    println!("{} {}", crab, crab.len());
}
// expect: ok "plain ascii" (11 chars)
// expect: ok "héllo wörld" (11 chars)
// expect: invalid utf-8 sequence of 1 bytes from index 1 | valid_up_to=1 error_len=Some(1)
// expect: incomplete utf-8 byte sequence from index 1 | valid_up_to=1 error_len=None
// expect: invalid utf-8 sequence of 1 bytes from index 0 | valid_up_to=0 error_len=Some(1)
// expect: invalid utf-8 sequence of 3 bytes from index 0 | valid_up_to=0 error_len=Some(3)
// expect: invalid utf-8 sequence of 1 bytes from index 0 | valid_up_to=0 error_len=Some(1)
// expect: 🦀 4
