// A reference into a Vec that is dropped at the end of its block cannot be used after it, error E0597.
fn main() {
    let first: &i32;
    {
        let v = vec![1, 2, 3];
        first = &v[0];
    }
    println!("{}", first);
}
// error: E0597 at 6:18
