// When the pattern of `let … else` matches, it moves the String out of the Option, which cannot be used afterwards (E0382).
fn main() {
    let opt = Some(String::from("a"));
    let Some(x) = opt else {
        return;
    };
    println!("{x} {:?}", opt);
}
// error: E0382 at 7:26
