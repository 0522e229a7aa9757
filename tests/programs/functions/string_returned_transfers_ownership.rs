// A function can create a String and return it; ownership moves out to the caller, no copy is made.
fn gives_ownership() -> String {
    let some_string = String::from("yours");
    some_string
}

fn main() {
    let s1 = gives_ownership();
    println!("{s1} has length {}", s1.len());
}
// expect: yours has length 5
