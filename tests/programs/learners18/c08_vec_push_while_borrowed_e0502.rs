// Holding &v[0] across a push is E0502, the book's example.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let first = &v[0];
    v.push(6);
    println!("The first element is: {first}");
}
// error: E0502 at 5:5
