// A match whose patterns read nothing (`_`, `(_, _)`) does not use the matched value, so matching a moved tuple is accepted.
fn main() {
    let pair = (String::from("a"), String::from("b"));
    let taken = pair;
    match pair {
        (_, _) => println!("matched"),
    }
    let _ = pair;
    println!("{}", taken.0);
}
// expect: matched
// expect: a
