// With a `+ 'a` bound, a result holding the `'b` borrow fails that bound first: "lifetime may not live long enough", not E0700.
fn pick<'a, 'b>(_a: &'a str, b: &'b str) -> impl std::fmt::Display + 'a {
    b
}

fn main() {
    println!("{}", pick("x", "y"));
}
// error: "lifetime may not live long enough" at 3:5
