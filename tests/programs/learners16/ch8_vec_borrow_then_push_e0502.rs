// Holding &v[0] across v.push(6): E0502 immutable borrow then mutable borrow.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let first = &v[0];
    v.push(6);
    println!("The first element is: {}", first);
}
// error: E0502 at 5:5
