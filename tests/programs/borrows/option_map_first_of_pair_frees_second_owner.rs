// Option::map with a closure returning the first reference of a tuple payload hands on only that borrow, so the second owner may be dropped.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let o: Option<(&String, &String)> = Some((&a, &b));
    let x = o.map(|p| p.0);
    drop(b);
    println!("{:?}", x);
}
// expect: Some("a")
