// match *opt_ref with Some(s) binding a String by value out of a reference: E0507.
fn main() {
    let name = Some(String::from("x"));
    let r = &name;
    match *r {
        Some(s) => println!("{}", s),
        None => {}
    }
}
// error: E0507 at 5:11
