// A `&'static str` parameter given a borrow of a local String is E0597: the String dies at the end of main.
fn remember(s: &'static str) -> usize {
    s.len()
}

fn main() {
    println!("{}", remember("a literal lives forever"));
    let owned = String::from("owned");
    println!("{}", remember(&owned));
}
// error: E0597 at 9:29
