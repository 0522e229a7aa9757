// A `&'static str` parameter given a slice of a temporary String is E0716.
fn remember(s: &'static str) -> usize {
    s.len()
}

fn main() {
    let n = remember(String::from("gone").as_str());
    println!("{}", n);
}
// error: E0716 at 7:22
