// The first push onto an empty Vec<i32> allocates room for 4 elements (16 bytes).
fn main() {
    let mut v = Vec::new();
    v.push(7);
    println!("len {} capacity {}", v.len(), v.capacity());
    println!("{:?}", v);
}
// expect: len 1 capacity 4
// expect: [7]
