// Keeping &mut borrows of a Vec's elements in another Vec across iterations: E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&mut Vec<i32>> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut v);
    }
    println!("{}", refs.len());
}
// error: E0499 at 6:19
