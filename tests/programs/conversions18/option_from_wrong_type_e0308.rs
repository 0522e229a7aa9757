// `Option::from("x")` is an `Option<&str>` wherever it goes: E0308 at the call where an `Option<i32>` is wanted.
fn main() {
    let o: Option<i32> = Option::from("x");
    println!("{:?}", o);
}
// error: E0308 at 3:26
