// A closure capturing a reference into the Vec, given to its own `sort_by_key`, is error E0502 at the call.
fn main() {
    let mut v = vec![3i32, 1, 2];
    let pivot = &v[0];
    v.sort_by_key(|e| (*e - *pivot).abs());
    println!("{:?}", v);
}
// error: E0502 at 5:5
