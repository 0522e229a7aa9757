// A format string naming more positional arguments than are given is an error (no code).
fn main() {
    println!("My name is {0}, {1} {0}", "Bond");
}
// error: "invalid reference to positional argument 1" at 3:32
