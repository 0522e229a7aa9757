// A Box<dyn Fn> returned holding a closure that borrows a local String is E0373.
fn greeter(greeting: &str) -> Box<dyn Fn(&str) -> String> {
    let g = greeting.to_uppercase();
    Box::new(|name| format!("{}, {}!", g, name))
}

fn main() {
    let hi = greeter("hello");
    println!("{}", hi("world"));
}
// error: E0373 at 4:14
