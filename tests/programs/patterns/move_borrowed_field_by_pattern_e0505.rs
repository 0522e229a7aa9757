// Moving `p.0` out with a pattern while a reference to `p.0` is still used is E0505, pointed at the binding that moves.
fn main() {
    let p = (String::from("a"), String::from("b"));
    let r = &p.0;
    let (a, _) = p;
    println!("{} {}", r, a);
}
// error: E0505 at 5:10
