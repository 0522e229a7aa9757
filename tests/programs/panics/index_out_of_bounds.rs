// Reading past the end of a Vec panics with its length and the index; the location is the `[`, not the `v`.
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", v);
    let i = 5;
    println!("{}", v[i]);
}
// expect: [1, 2, 3]
// panic: index out of bounds: the len is 3 but the index is 5
// panic-at: 6:21
