// `{:?}` of a Vec of a struct without Debug: rustc names the element (`Item` doesn't implement `Debug`), the part std's `impl<T: Debug> Debug for Vec<T>` lacks, not the Vec.
struct Item {
    name: String,
}
fn main() {
    let items = vec![Item { name: String::from("cup") }];
    println!("{}", items[0].name);
    println!("{:?}", items);
}
// error: E0277 at 8:22
