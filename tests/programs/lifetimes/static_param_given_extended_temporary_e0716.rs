// A let-extended temporary (`let r: &str = &String::from("x")`) given to a `&'static str` parameter is E0716 at the temporary: extended to the block's end is not 'static.
fn keep(s: &'static str) -> usize {
    s.len()
}
fn main() {
    let r: &str = &String::from("x");
    println!("{}", keep(r));
}
// error: E0716 at 6:20
