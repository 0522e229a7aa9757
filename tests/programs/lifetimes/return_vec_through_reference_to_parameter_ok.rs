// Borrows taken through a local reference to a reference parameter are the caller's: a Vec of them can be returned.
fn parts<'a>(s: &'a String) -> Vec<Option<&'a str>> {
    let r = &s;
    vec![Some(r.as_str()), None, Some(&r[..1])]
}

fn main() {
    let s = String::from("hey");
    println!("{:?}", parts(&s));
}
// expect: [Some("hey"), None, Some("h")]
