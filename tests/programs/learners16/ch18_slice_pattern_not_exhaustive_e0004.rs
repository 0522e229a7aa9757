// A slice match handling [] and [x] but not longer slices: E0004.
fn main() {
    let v = vec![1, 2, 3];
    match v.as_slice() {
        [] => println!("empty"),
        [x] => println!("{}", x),
    }
}
// error: E0004 at 4:11
