// A boxed Vec is freed inside-out: first the element buffer, then the box.
fn main() {
    let boxed = Box::new(vec![1, 2]);
    println!("{:?}", boxed);
}
// expect: [1, 2]
