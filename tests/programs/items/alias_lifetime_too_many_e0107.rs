// A type alias with one lifetime parameter given two lifetime arguments is error E0107.
type Pair<'a> = (&'a str, &'a str);

fn first<'a, 'b>(p: Pair<'a, 'b>) -> &'a str {
    p.0
}

fn main() {
    println!("{}", first(("a", "b")));
}
// error: E0107 at 4:21
