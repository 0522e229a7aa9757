// `trim` returns a `&str` into the same String, without spaces at either end.
fn main() {
    let s = String::from("   padded  ");
    let t = s.trim();
    println!("[{}] {} -> {}", t, s.len(), t.len());
}
// expect: [padded] 11 -> 6
