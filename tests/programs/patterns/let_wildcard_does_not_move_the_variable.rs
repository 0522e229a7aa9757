// `let _ = s;` binds nothing: `s` is neither moved nor dropped, and is used afterwards.
fn main() {
    let s = String::from("kept");
    let _ = s;
    println!("{s}");
}
// expect: kept
