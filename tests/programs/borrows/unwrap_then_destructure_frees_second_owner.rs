// `unwrap` of an Option of a pair of references, taken apart by `let (x, _)`, holds only the first borrow: the second owner may be dropped.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let o = Some((&a, &b));
    let (x, _) = o.unwrap();
    drop(b);
    println!("{x}");
}
// expect: a
