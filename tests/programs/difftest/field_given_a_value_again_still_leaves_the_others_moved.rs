// After `p.a = v` on a moved struct only `p.a` holds a value again: a later use of `p.b` is the error rustc keeps (it replaces the assignment's, as a use of another place), and one of `p.a` is none.
#[derive(Debug)]
struct Pair {
    a: String,
    b: String,
}
fn main() {
    let mut p = Pair { a: String::new(), b: String::from("b") };
    let moved_away = p;
    p.a = String::from("x");
    let a = p.a.clone();
    let b = p.b.clone();
    println!("{} {} {:?}", a, b, moved_away);
}
// error: E0382 at 12:13
