// A type alias with a lifetime parameter written without it in a signature gets an elided lifetime, which the result takes.
type Pair<'a> = (&'a str, &'a str);

fn first(p: Pair) -> &str {
    p.0
}

fn main() {
    let a = String::from("left");
    let b = String::from("right");
    println!("{}", first((&a, &b)));
}
// expect: left
