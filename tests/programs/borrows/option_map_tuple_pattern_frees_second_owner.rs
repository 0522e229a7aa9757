// Option::map with a closure taking the tuple apart (`|(p, _)| p`) holds only the first borrow, so the second owner may be moved.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let o = Some((&a, &b));
    let x = o.map(|(p, _)| p);
    let moved = b;
    println!("{:?} {moved}", x);
}
// expect: Some("a") b
