// Returning the field under `'b` where the signature promises `'a` is rustc's "lifetime may not live long enough", at the returned value.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn second<'a, 'b>(p: &Pair<'a, 'b>) -> &'a str {
    p.y
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let p = Pair { x: &a, y: &b };
    println!("{}", second(&p));
}
// error: "lifetime may not live long enough" at 8:5
