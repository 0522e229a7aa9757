// `shrink_to_fit` reallocates the buffer down to the length.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(10);
    v.push(1);
    v.push(2);
    v.push(3);
    println!("{}", v.capacity());
    v.shrink_to_fit();
    println!("{} {:?}", v.capacity(), v);
}
// expect: 10
// expect: 3 [1, 2, 3]
