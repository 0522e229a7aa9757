// Calling len on an Option<String> finds core's private Option::len: E0624, as rustc 1.95 says.
fn main() {
    let name: Option<String> = Some(String::from("Ann"));
    println!("{}", name.len());
}
// error: E0624 at 4:25
