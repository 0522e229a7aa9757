// `into_iter().min_by_key(|s| &s.name)` borrows from an item the key function only lends: rejected.
struct Student {
    name: String,
}
fn main() {
    let v = vec![Student { name: String::from("b") }, Student { name: String::from("a") }];
    let m = v.into_iter().min_by_key(|s| &s.name);
    println!("{}", m.unwrap().name);
}
// error: "lifetime may not live long enough" at 7:42
