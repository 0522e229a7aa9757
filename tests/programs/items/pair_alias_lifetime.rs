// A type alias with a lifetime parameter, `Pair<'a>`, carries that lifetime in a signature: the result borrows from the pair's text.
type Pair<'a> = (&'a str, &'a str);

fn split_once_at<'a>(s: &'a str, at: usize) -> Pair<'a> {
    (&s[..at], &s[at..])
}

fn longer<'a>(p: Pair<'a>) -> &'a str {
    if p.0.len() >= p.1.len() { p.0 } else { p.1 }
}

fn main() {
    let text = String::from("hello world");
    let p = split_once_at(&text, 5);
    let l = longer(p);
    println!("{:?} {l}", p);
}
// expect: ("hello", " world")  world
