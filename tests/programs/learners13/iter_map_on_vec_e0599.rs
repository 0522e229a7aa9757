// Calling map directly on a Vec (not an iterator) is E0599.
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.map(|x| x + 1).collect();
    println!("{:?}", w);
}
// error: E0599 at 4:25
// headline: differs: rustc finds Iterator's method through `&mut I: Iterator` and says it exists with unmet bounds
