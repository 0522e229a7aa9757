// `pop` removes and returns the last element; the capacity stays the same.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.pop();
    println!("{:?} {:?} len {} cap {}", last, v, v.len(), v.capacity());
}
// expect: Some(3) [1, 2] len 2 cap 3
