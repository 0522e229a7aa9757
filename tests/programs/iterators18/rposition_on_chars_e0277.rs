// rposition asks ExactSizeIterator, which Chars is not: rustc's E0277 at `rposition`.
fn main() {
    let at = "banana".chars().rposition(|c| c == 'n');
    println!("{:?}", at);
}
// error: E0277 at 3:31
