// A `&'static str` parameter may go into a returned struct that names no lifetime: its borrow outlives everything.
struct Label {
    text: &'static str,
}

fn label(text: &'static str) -> Label {
    Label { text }
}

fn main() {
    let l = label("fixed");
    println!("{}", l.text);
}
// expect: fixed
