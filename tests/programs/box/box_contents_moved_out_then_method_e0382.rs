// A method reaching `*b` after `let s = *b;` moved the contents out is E0382 naming `*b`, the place that moved.
fn main() {
    let b = Box::new(vec![1, 2]);
    let v = *b;
    println!("{} {:?}", b.len(), v);
}
// error: E0382 at 5:25
