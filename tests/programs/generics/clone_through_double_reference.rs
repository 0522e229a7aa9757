// clone on a `&&String` clones the `&String` (Self is the inner reference), as rustc's method probe picks; the String is not copied.
fn main() {
    let s = String::from("hello");
    let r = &s;
    let rr = &r;
    let c: &String = rr.clone();
    println!("{} {}", c, c.len());
    let owned: String = r.clone();
    println!("{}", owned);
}
// expect: hello 5
// expect: hello
