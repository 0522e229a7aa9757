// write! into a String without importing std::fmt::Write: E0599 (no method write_fmt).
fn main() {
    let mut s = String::new();
    write!(s, "{}", 1).unwrap();
    println!("{}", s);
}
// error: E0599 at 4:12
