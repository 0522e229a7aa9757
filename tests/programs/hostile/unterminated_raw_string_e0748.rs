// A raw string whose closing quote lacks the opening `#` is error E0748.
fn main() {
    let s = r#"a "quoted" word";
    println!("{}", s);
}
// error: E0748 at 3:13
