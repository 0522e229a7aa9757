// vec![1, "two", 3]: elements of different types, E0308.
fn main() {
    let v = vec![1, "two", 3];
    println!("{:?}", v);
}
// error: E0308 at 3:21
