// Using the reference from `v.first()` before `v.clear()` is accepted.
fn main() {
    let mut v = vec![5, 6, 7];
    let first = v.first().unwrap();
    println!("{}", first);
    v.clear();
    println!("{}", v.len());
}
// expect: 5
// expect: 0
