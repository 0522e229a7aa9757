// Printing `first` before `v.push(4)` ends the shared borrow in time, so this is accepted.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("The first element is: {first}");
    v.push(4);
    println!("{:?}", v);
}
// expect: The first element is: 1
// expect: [1, 2, 3, 4]
