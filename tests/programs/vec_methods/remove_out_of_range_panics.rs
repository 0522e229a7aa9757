// `remove` with an index not below the length panics with both numbers.
fn main() {
    let mut v = vec![1, 2, 3];
    let i = v.len() + 2;
    v.remove(i);
    println!("{:?}", v);
}
// panic: removal index (is 5) should be < len (is 3)
// panic-at: 5:7
