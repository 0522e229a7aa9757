// A `sort_by_key` key that borrows the element (`|s| &s.name`) cannot outlive the key function's call: rustc rejects it.
struct Student {
    name: String,
}
fn main() {
    let mut s = vec![Student { name: String::from("b") }, Student { name: String::from("a") }];
    s.sort_by_key(|st| &st.name);
    println!("{}", s[0].name);
}
// error: "lifetime may not live long enough" at 7:24
