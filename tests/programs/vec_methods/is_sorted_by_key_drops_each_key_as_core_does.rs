// is_sorted_by_key is core's `iter().map(f).is_sorted()`: a key in order is dropped when the next takes its place; at the first pair out of order the later key is dropped, then the earlier.
#[derive(PartialEq, PartialOrd)]
struct Key(u32);
impl Drop for Key {
    fn drop(&mut self) {
        println!("drop key {}", self.0);
    }
}
fn main() {
    let v = [1, 4, 9, 3, 7];
    let sorted = v.is_sorted_by_key(|&x| {
        println!("make key {}", x);
        Key(x)
    });
    println!("{}", sorted);
    let all = v[..3].is_sorted_by_key(|&x| Key(x * 10));
    println!("{}", all);
}
// expect: make key 1
// expect: make key 4
// expect: drop key 1
// expect: make key 9
// expect: drop key 4
// expect: make key 3
// expect: drop key 3
// expect: drop key 9
// expect: false
// expect: drop key 10
// expect: drop key 40
// expect: drop key 90
// expect: true
