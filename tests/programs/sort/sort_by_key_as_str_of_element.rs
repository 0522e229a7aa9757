// A key made by a method lending from the element (`s.name.as_str()`) is a borrow of it too: rejected at the closure's value.
struct Student {
    name: String,
}
fn main() {
    let mut s = vec![Student { name: String::from("b") }, Student { name: String::from("a") }];
    s.sort_by_key(|st| st.name.as_str());
    println!("{}", s[0].name);
}
// error: "lifetime may not live long enough" at 7:24
