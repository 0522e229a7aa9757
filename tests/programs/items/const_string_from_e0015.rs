// `String::from` allocates, so it is not const: a const String can only be `String::new()`.
const NAME: String = String::from("ferris");

fn main() {
    println!("{}", NAME);
}
// error: E0015 at 2:22
// headline: differs: rustc names the call as the trait's associated function `<String as From<&str>>::from`
