// The else block of `let … else` runs after the statements before it: a String moved earlier cannot be used there (E0382).
fn main() {
    let s = String::from("a");
    let t = s;
    let opt: Option<i32> = None;
    let Some(x) = opt else {
        println!("{s}");
        return;
    };
    println!("{x} {t}");
}
// error: E0382 at 7:20
