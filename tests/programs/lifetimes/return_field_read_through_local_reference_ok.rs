// A field read through a reference to a local struct hands on what the struct holds (the parameter's borrow), so it can be returned.
#[derive(Debug)]
struct Part<'a> {
    text: &'a str,
}

fn copy_part<'a>(s: &'a str) -> Vec<Part<'a>> {
    let p = Part { text: s };
    let q = &p;
    vec![Part { text: q.text }]
}

fn main() {
    let s = String::from("w");
    println!("{:?}", copy_part(&s));
}
// expect: [Part { text: "w" }]
