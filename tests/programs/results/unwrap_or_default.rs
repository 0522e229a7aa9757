// unwrap_or_default makes the type's default value: an empty String allocates nothing, a number is zero.
fn main() {
    let a: Result<String, i32> = Err(4);
    let b: Option<u64> = None;
    let c: Option<String> = Some(String::from("here"));
    let s = a.unwrap_or_default();
    println!("[{}] {} {} {}", s, s.capacity(), b.unwrap_or_default(), c.unwrap_or_default());
}
// expect: [] 0 0 here
