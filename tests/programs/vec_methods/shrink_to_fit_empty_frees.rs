// `shrink_to_fit` on an empty Vec frees its buffer entirely.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.clear();
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
}
// expect: 0 0
