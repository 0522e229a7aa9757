// With `move`, the boxed closure owns its captures and may be returned as `Box<dyn Fn>`.
fn make_greeter(name: String) -> Box<dyn Fn() -> String> {
    Box::new(move || format!("hi {}", name))
}
fn main() {
    let g = make_greeter(String::from("x"));
    println!("{}", g());
}
// expect: hi x
