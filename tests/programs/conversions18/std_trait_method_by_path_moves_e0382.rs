// `Into::into(s)` takes s by value as `s.into()` does: using s after is E0382.
fn main() {
    let s = String::from("x");
    let t: String = Into::into(s);
    println!("{} {}", t, s);
}
// error: E0382 at 5:26
