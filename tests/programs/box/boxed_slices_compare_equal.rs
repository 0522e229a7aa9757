// Two `Box<[i32]>` compare by their elements, like slices.
fn main() {
    let a: Box<[i32]> = vec![1, 2].into_boxed_slice();
    let b: Box<[i32]> = Box::from(&[1, 2][..]);
    println!("{}", a == b);
}
// expect: true
