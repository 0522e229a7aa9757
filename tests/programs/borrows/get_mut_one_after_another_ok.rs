// Two `get_mut` borrows of one Vec are fine when each is used before the next begins.
fn main() {
    let mut v = vec![10, 20, 30];
    let a = v.get_mut(0).unwrap();
    *a += 1;
    let b = v.get_mut(1).unwrap();
    *b += 2;
    println!("{:?}", v);
}
// expect: [11, 22, 30]
