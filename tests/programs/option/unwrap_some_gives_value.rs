// `.unwrap()` on `Some(v)` gives v.
fn main() {
    let x = Some(41);
    let v = x.unwrap() + 1;
    println!("{}", v);
}
// expect: 42
