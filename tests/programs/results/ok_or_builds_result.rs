// ok_or turns an Option into a Result with the given error, which is dropped when unused.
fn main() {
    let v = vec![3, 4];
    let first: Result<&i32, String> = v.first().ok_or(String::from("empty"));
    let none: Option<i32> = None;
    let missing = none.ok_or(String::from("missing"));
    println!("{:?} {:?}", first, missing);
}
// expect: Ok(3) Err("missing")
