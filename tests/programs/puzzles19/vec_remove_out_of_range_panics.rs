// Vec::remove past the end panics with std's "removal index" message.
fn main() {
    let mut v: Vec<i32> = "4 5 6".split(' ').map(|s| s.parse().unwrap()).collect();
    println!("{}", v.remove(1));
    println!("{}", v.remove(2));
}
// expect: 5
// panic: removal index (is 2) should be < len (is 2)
// panic-at: 5:22
