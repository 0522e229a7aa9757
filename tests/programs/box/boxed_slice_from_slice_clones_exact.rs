// `Box::from(&[..][..])` allocates exactly the slice's bytes and clones the elements in; the array stays where it was.
fn main() {
    let a = [7, 8, 9];
    let b: Box<[i32]> = Box::from(&a[..]);
    println!("{:?} {:?}", a, b);
}
// expect: [7, 8, 9] [7, 8, 9]
