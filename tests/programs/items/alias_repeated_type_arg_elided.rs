// A type argument with an elided lifetime counts once for elision even when the alias uses it twice: `Two<&str>` gives its one lifetime to the result.
type Two<T> = (T, T);

fn first(p: Two<&str>) -> &str {
    p.0
}

fn main() {
    let s = String::from("one");
    println!("{}", first((&s, "two")));
}
// expect: one
