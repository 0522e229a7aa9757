// `vec![x, y]` returned as `Vec<&'a str>` with `y: &'b str` and no bound between them: rustc's "lifetime may not live long enough" at the whole value.
fn both<'a, 'b>(x: &'a str, y: &'b str) -> Vec<&'a str> {
    vec![x, y]
}

fn main() {
    println!("{:?}", both("a", "b"));
}
// error: "lifetime may not live long enough" at 3:5
