// Regression (difftest, seed 2801009635): after `p.a = v` on a moved struct, rustc counts `p.a` as holding a value, so a later `p.a.clone()` is no error of its own: the assignment is the one reported (the engine reported the later use).
#[derive(Debug)]
struct Pair {
    a: String,
    b: String,
}
fn main() {
    let mut p = Pair { a: String::new(), b: String::from("b") };
    let moved_away = p;
    p.a = String::from("x");
    let copy = p.a.clone();
    println!("{} {:?}", copy, moved_away);
}
// error: E0382 at 10:5
