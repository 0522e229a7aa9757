// `into_boxed_slice` shrinks the Vec's buffer to its length first (a realloc from 10 elements to 3, as std's shrink_to_fit), and the Box is a fat pointer {ptr, len}.
fn main() {
    let mut v = Vec::with_capacity(10);
    v.push(1);
    v.push(2);
    v.push(3);
    let b: Box<[i32]> = v.into_boxed_slice();
    println!("{:?} {} {}", b, b.len(), b[1]);
}
// expect: [1, 2, 3] 3 2
