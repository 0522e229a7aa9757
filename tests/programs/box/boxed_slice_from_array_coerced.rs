// `Box::new([4, 5])` where a `Box<[i32]>` is expected allocates the array and then coerces the Box into a fat pointer with length 2.
fn main() {
    let c: Box<[i32]> = Box::new([4, 5]);
    println!("{:?} {}", c, c.len());
}
// expect: [4, 5] 2
