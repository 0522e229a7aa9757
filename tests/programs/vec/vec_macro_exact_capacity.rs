// `vec![a, b, c]` allocates exactly as many slots as it has elements; the next push doubles.
fn main() {
    let mut v = vec![1, 2, 3];
    println!("{:?} len {} capacity {}", v, v.len(), v.capacity());
    v.push(4);
    println!("{:?} len {} capacity {}", v, v.len(), v.capacity());
}
// expect: [1, 2, 3] len 3 capacity 3
// expect: [1, 2, 3, 4] len 4 capacity 6
