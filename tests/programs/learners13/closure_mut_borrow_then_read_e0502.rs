// A closure holding a &mut capture is still used when the list is read in between: E0502.
fn main() {
    let mut list = vec![1, 2, 3];
    let mut add = |x| list.push(x);
    add(4);
    println!("{:?}", list);
    add(5);
}
// error: E0502 at 6:22
