// `get_mut(i)` gives `Some(&mut v[i])` so the element can be changed; past the end it gives None.
fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(x) = v.get_mut(1) {
        *x = 20;
    }
    let missing = v.get_mut(9).is_none();
    println!("{:?} {}", v, missing);
}
// expect: [1, 20, 3] true
