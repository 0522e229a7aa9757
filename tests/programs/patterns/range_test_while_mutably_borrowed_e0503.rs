// A range pattern reads the part it tests; rustc points that read at the range itself (E0503).
fn main() {
    let mut t = (String::from("a"), 1);
    let r = &mut t;
    if let (_, 1..=3) = t {
        println!("small");
    }
    r.1 = 5;
}
// error: E0503 at 5:16
