// A variable holding a borrow of a local hands that borrow on when returned: `let r = &s; r` is E0515 at `r`.
fn make(text: &str) -> &str {
    let s = String::from(text);
    let r = &s;
    r
}

fn main() {
    println!("{}", make("hi"));
}
// error: E0515 at 5:5
