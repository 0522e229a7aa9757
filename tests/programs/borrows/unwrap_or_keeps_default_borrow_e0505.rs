// `unwrap_or(&c)` may give back its argument, so the result keeps c borrowed: moving c before the use is error E0505.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let c = String::from("c");
    let o = Some((&a, &b));
    let x = o.map(|p| p.1).unwrap_or(&c);
    drop(a);
    let moved = c;
    println!("{x} {moved}");
}
// error: E0505 at 9:17
