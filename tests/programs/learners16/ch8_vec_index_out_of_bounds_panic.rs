// &v[100] on a five-element Vec panics with the index-out-of-bounds message.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let does_not_exist = &v[100];
    println!("{}", does_not_exist);
}
// panic: index out of bounds: the len is 5 but the index is 100
// panic-at: 4:28
