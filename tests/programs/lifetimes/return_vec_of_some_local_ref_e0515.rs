// A Vec of `Option<&String>` holding `Some(&s)` of a local is E0515 however deep the borrow sits.
fn options<'a>() -> Vec<Option<&'a String>> {
    let s = String::from("a");
    vec![None, Some(&s)]
}

fn main() {
    println!("{:?}", options());
}
// error: E0515 at 4:5
