// Option::map taking the first reference of a pair, then unwrap, hands on only that borrow: the second owner may be dropped.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let o = Some((&a, &b));
    let x = o.map(|p| p.0).unwrap();
    drop(b);
    println!("{}", x);
}
// expect: a
