// A `&mut` into one element of an array, then another element read while it is held: rustc names both places `a[_]` (E0503 "cannot use `a[_]`"), an array's own indexing being a place, not a call.
fn main() {
    let mut scores = [10, 20, 30];
    let last = &mut scores[2];
    *last = scores[0] + 5;
    println!("{:?}", scores);
}
// error: E0503 at 5:13
