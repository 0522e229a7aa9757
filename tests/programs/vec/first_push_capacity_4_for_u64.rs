// Elements of 2 to 1024 bytes get an initial capacity of 4: for u64 that is 32 bytes.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    v.push(10);
    let mut w: Vec<u16> = Vec::new();
    w.push(10);
    println!("{} {}", v.capacity(), w.capacity());
}
// expect: 4 4
