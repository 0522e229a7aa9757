// Methods called on a `&String` auto-dereference: `r.len()` works like `(*r).len()`.
fn main() {
    let s = String::from("hello world");
    let r = &s;
    let rr = &r;
    println!("{} {} {}", r.len(), (*r).len(), rr.len());
    println!("{}", r.to_uppercase());
}
// expect: 11 11 11
// expect: HELLO WORLD
