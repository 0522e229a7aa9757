// Growing with resize follows Vec's amortized rule: max(2 × capacity, needed).
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(2);
    v.push(1);
    v.resize(3, 9);
    println!("{:?} {}", v, v.capacity());
    v.resize(4, 0);
    println!("{:?} {}", v, v.capacity());
    v.resize(20, 5);
    println!("{} {}", v.len(), v.capacity());
    v.resize(2, 0);
    println!("{:?} {}", v, v.capacity());
}
// expect: [1, 9, 9] 4
// expect: [1, 9, 9, 0] 4
// expect: 20 20
// expect: [1, 9] 20
