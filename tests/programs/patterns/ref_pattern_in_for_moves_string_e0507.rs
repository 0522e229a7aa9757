// `for &s in &v` over Strings binds each String by value out of a shared reference: E0507 at the iterable.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for &s in &v {
        println!("{}", s);
    }
}
// error: E0507 at 4:15
