// A byte string b"hello" is a &[u8; 5]: printed with {:?} as its numbers, its len, an index and a comparison with an array.
fn main() {
    let greeting = b"hello";
    println!("{:?}", greeting);
    println!("{} bytes, first {}", greeting.len(), greeting[0]);
    println!("{}", greeting == &[104, 101, 108, 108, 111]);
    let empty = b"";
    println!("{:?} {}", empty, empty.is_empty());
}
// expect: [104, 101, 108, 108, 111]
// expect: 5 bytes, first 104
// expect: true
// expect: [] true
