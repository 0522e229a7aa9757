// A function returning `&'a str` borrowed from a `&'a [String]` keeps the Vec borrowed while the result lives.
fn longest<'a>(items: &'a [String]) -> &'a str {
    let mut best = "";
    for s in items {
        if s.len() > best.len() {
            best = s;
        }
    }
    best
}

fn main() {
    let names = vec![String::from("Ann"), String::from("Bartholomew"), String::from("Cy")];
    let l = longest(&names);
    println!("{}", l);
}
// expect: Bartholomew
