// Result::map returning the first reference of an Ok tuple hands on only that borrow and the Err reference's.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let r: Result<(&String, &String), &String> = Ok((&a, &b));
    let x = r.map(|p| p.0);
    drop(b);
    println!("{:?}", x);
}
// expect: Ok("a")
