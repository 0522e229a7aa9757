// A closure that gives its capture away (FnOnce), called through a shared reference to it, is E0507.
fn main() {
    let s = String::from("x");
    let c = move || s;
    let r = &c;
    println!("{}", r());
}
// error: E0507 at 6:20
