// Byte string escapes: \n, \t, \\, \", \0 and \xHH (any byte, 0xff too), and a raw byte string br"a\b" taken as written.
fn main() {
    let bytes = b"a\n\t\\\"\0\x41\xff";
    println!("{:?}", bytes);
    let raw = br"a\b";
    println!("{:?} {}", raw, raw.len());
    let hashed = br#"say "hi""#;
    println!("{:?}", hashed);
}
// expect: [97, 10, 9, 92, 34, 0, 65, 255]
// expect: [97, 92, 98] 3
// expect: [115, 97, 121, 32, 34, 104, 105, 34]
