// The last valid index is len - 1: indexing with len itself panics.
fn main() {
    let mut v = Vec::new();
    v.push('a');
    v.push('b');
    println!("{}", v[1]);
    let n = v.len();
    println!("{}", v[n]);
}
// expect: b
// panic: index out of bounds: the len is 2 but the index is 2
// panic-at: 8:21
