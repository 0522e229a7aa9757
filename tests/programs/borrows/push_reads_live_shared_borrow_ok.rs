// A two-phase `&mut v` only reserved while the arguments run lets a shared borrow be read there: `v.push(*first)` runs.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(*first);
    v.push(v.len() as i32);
    println!("{:?}", v);
}
// expect: [1, 2, 3, 1, 4]
