// std::ptr::eq's second argument gets no deref coercion: a &str where the first argument made it *const String is E0308.
fn main() {
    let s = String::from("hi");
    let same = std::ptr::eq(&s, "hi");
    println!("{}", same);
}
// error: E0308 at 4:33
