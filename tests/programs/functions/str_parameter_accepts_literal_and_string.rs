// A `&str` parameter accepts both a string literal and a borrowed String.
fn greet(name: &str) {
    println!("Hello, {}!", name);
}

fn main() {
    greet("world");
    let owned = String::from("Ferris");
    greet(&owned);
    greet(owned.as_str());
}
// expect: Hello, world!
// expect: Hello, Ferris!
// expect: Hello, Ferris!
