// A parameter taken by value is the function's own: `vec![&s]` of it is E0515 ("function parameter").
fn view(s: String) -> Vec<&'static str> {
    vec![&s]
}

fn main() {
    println!("{:?}", view(String::from("p")));
}
// error: E0515 at 3:5
