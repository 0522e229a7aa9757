// Slice patterns covering only empty and one-element slices are E0004.
fn main() {
    let v = vec![1, 2];
    match v.as_slice() {
        [] => println!("empty"),
        [x] => println!("one {}", x),
    }
}
// error: E0004 at 4:11
