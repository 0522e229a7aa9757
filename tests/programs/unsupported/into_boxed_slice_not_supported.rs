// `Vec::into_boxed_slice` (a `Box<[T]>`, shrunk to fit) is named as not supported, never an E0599 saying Vec has no such method.
fn main() {
    let v = vec![1, 2, 3];
    let b = v.into_boxed_slice();
    println!("{}", b.len());
}
// expect: 3
// unsupported: the method `into_boxed_slice` at 4:15
