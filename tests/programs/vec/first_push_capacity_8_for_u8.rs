// For one-byte elements the first push allocates room for 8.
fn main() {
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("len {} capacity {}", bytes.len(), bytes.capacity());
}
// expect: len 1 capacity 8
