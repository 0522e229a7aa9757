// Option::map returning the second reference of a tuple payload keeps that owner borrowed: dropping it before the use is error E0505.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let o = Some((&a, &b));
    let x = o.map(|p| p.1);
    drop(b);
    println!("{:?}", x);
}
// error: E0505 at 7:10
