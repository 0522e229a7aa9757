// A `let` whose type says `&'static str` demands a borrow that lasts the whole run: `&s` of a local String is E0597 at the borrow.
fn main() {
    let s = String::from("hello");
    let greeting: &'static str = &s;
    println!("{}", greeting);
}
// error: E0597 at 4:34
