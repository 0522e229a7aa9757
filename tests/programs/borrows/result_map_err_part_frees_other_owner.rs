// Result::map_err with a closure returning part of the error payload hands on only that part's borrow; the Ok payload passes through.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let r: Result<&String, (&String, &String)> = Err((&a, &b));
    let x = r.map_err(|e| e.0);
    drop(b);
    println!("{:?}", x);
}
// expect: Err("a")
