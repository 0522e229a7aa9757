// The result of `mem::replace(&mut r, ..)` on a reference holds what `r` borrowed, so moving that String while the result lives is E0505.
fn main() {
    let a = String::from("x");
    let b = String::from("y");
    let mut r: &String = &a;
    let old = std::mem::replace(&mut r, &b);
    drop(a);
    println!("{} {}", old, r);
}
// error: E0505 at 7:10
