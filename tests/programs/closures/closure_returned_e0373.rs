// A closure borrowing a parameter returned as impl Fn without move: E0373.
fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    |name| format!("{}, {}!", greeting, name)
}

fn main() {
    let g = make_greeter(String::from("Hello"));
    println!("{}", g("world"));
}
// error: E0373 at 3:5
