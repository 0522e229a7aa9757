// Matching `&Option<String>` binds `s: &String`, so using it where a String is expected is E0308.
fn main() {
    let o = Some(String::from("a"));
    let r = &o;
    if let Some(s) = r {
        let owned: String = s;
        println!("{}", owned);
    }
}
// error: E0308 at 6:29
