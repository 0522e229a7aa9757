// `'b: 'a` says `'b` outlives `'a`, so a `&'b str` may be returned as `&'a str`.
fn either<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", either("ab", "abc"));
}
// expect: abc
