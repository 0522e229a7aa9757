// After a borrow of `s` went to a `'static` parameter, rustc reports the borrow itself (E0597) before the later move.
fn note(_s: &'static String) {}

fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("x");
    note(&s);
    println!("{}", consume(s));
}
// error: E0597 at 10:10
