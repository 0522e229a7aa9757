// `swap(i, j)` exchanges two elements and `reverse` flips the order, in place.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.swap(0, 3);
    println!("{:?}", v);
    v.reverse();
    println!("{:?}", v);
}
// expect: [4, 2, 3, 1]
// expect: [1, 3, 2, 4]
