// `for x in &mut v` hands out one `&mut` element at a time, so each can be changed.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x *= 2;
    }
    println!("{:?}", v);
}
// expect: [2, 4, 6]
