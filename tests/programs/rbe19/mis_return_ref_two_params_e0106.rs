// A method-less function returning a reference with two reference inputs and no lifetime is E0106.
fn pick(a: &String, b: &String) -> &String {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let x = String::from("ab");
    let y = String::from("c");
    println!("{}", pick(&x, &y));
}
// error: E0106 at 2:36
