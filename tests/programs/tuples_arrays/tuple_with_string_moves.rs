// A tuple holding a String is not Copy: destructuring it moves the String out.
fn main() {
    let pair = (String::from("key"), 42);
    let (k, v) = pair;
    println!("{} => {}", k, v);
}
// expect: key => 42
