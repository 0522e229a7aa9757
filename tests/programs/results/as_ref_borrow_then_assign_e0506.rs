// The reference `as_ref().unwrap()` hands out borrows the Result, so assigning to it while the reference is used later is E0506.
fn main() {
    let mut r: Result<String, String> = Ok(String::from("yes"));
    let v = r.as_ref().unwrap();
    r = Err(String::new());
    println!("{} {:?}", v, r);
}
// error: E0506 at 5:5
