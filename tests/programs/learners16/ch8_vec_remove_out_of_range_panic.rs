// Vec::remove past the length panics with "removal index (is 5) should be < len (is 3)".
fn main() {
    let mut v = vec!['a', 'b', 'c'];
    v.remove(5);
    println!("{:?}", v);
}
// panic: removal index (is 5) should be < len (is 3)
// panic-at: 4:7
