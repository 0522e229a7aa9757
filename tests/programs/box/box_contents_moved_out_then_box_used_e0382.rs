// `let s = *b;` moves a Box's contents out, so `b` is moved: printing it is E0382 (the engine let it run and printed the String twice).
fn main() {
    let b = Box::new(String::from("x"));
    let s = *b;
    println!("{} {}", s, b);
}
// error: E0382 at 5:26
