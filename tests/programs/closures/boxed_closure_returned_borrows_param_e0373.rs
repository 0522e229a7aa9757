// A greeter returned as `Box<dyn Fn>` that borrows its `String` parameter instead of moving it: E0373 at the closure.
fn make_greeter(name: String) -> Box<dyn Fn() -> String> {
    Box::new(|| format!("hi {}", name))
}
fn main() {
    let g = make_greeter(String::from("x"));
    println!("{}", g());
}
// error: E0373 at 3:14
