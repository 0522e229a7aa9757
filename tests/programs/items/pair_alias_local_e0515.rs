// A `Pair<'a>` result that borrows a local String is error E0515.
type Pair<'a> = (&'a str, &'a str);

fn make<'a>(a: &'a str) -> Pair<'a> {
    let s = String::from("local");
    (a, &s)
}

fn main() {
    let a = String::from("a");
    println!("{:?}", make(&a));
}
// error: E0515 at 6:5
