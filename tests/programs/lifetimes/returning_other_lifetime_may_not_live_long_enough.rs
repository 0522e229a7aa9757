// Two named lifetimes are unrelated: returning the `'b` one as `'a` is "lifetime may not live long enough".
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", pick("hello", "hi"));
}
// error: "lifetime may not live long enough" at 3:39
