// A kept split by a &str is a std::str::Split<'_, &str>, not a Vec: annotating it as one is E0308.
fn main() {
    let text = "x=1;y=2";
    let pairs: Vec<&str> = text.split(";");
    println!("{:?}", pairs);
}
// error: E0308 at 4:28
