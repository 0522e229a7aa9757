// Calling a method that doesn't exist on an iterator (sorted) is E0599.
fn main() {
    let v = vec![3, 1, 2];
    let s: Vec<i32> = v.into_iter().sorted().collect();
    println!("{:?}", s);
}
// error: E0599 at 4:37
// headline: differs: rustc names std's generic struct by its declaration (`std::vec::IntoIter<T, A>`)
