// `split_off` past the length panics with std's message, at the call.
fn main() {
    let mut v = vec![1, 2, 3];
    let tail = v.split_off(3);
    println!("{:?} {:?}", v, tail);
    let more = v.split_off(5);
    println!("{:?}", more);
}
// expect: [1, 2, 3] []
// panic: `at` split index (is 5) should be <= len (is 3)
// panic-at: 6:18
