// `&mut v[i]` lets you change one element in place.
fn main() {
    let mut v = vec![1, 2, 3];
    let second = &mut v[1];
    *second += 40;
    println!("{:?}", v);
}
// expect: [1, 42, 3]
