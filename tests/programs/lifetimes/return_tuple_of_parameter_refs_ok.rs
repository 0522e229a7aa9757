// A tuple of two references to the parameters, returned under their shared lifetime, is accepted.
fn pair<'a>(a: &'a String, b: &'a String) -> (&'a String, &'a String) {
    (b, a)
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let p = pair(&a, &b);
    println!("{:?}", p);
}
// expect: ("b", "a")
