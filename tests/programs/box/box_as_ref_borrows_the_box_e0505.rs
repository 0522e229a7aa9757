// The reference as_ref gives borrows the Box: dropping the Box while it is used is E0505.
fn main() {
    let b = Box::new(5);
    let r = b.as_ref();
    drop(b);
    println!("{}", r);
}
// error: E0505 at 5:10
