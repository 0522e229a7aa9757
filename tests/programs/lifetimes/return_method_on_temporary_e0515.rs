// A method's `&self` result on a temporary String (`String::from(..).as_str()`) cannot be returned (E0515).
fn make() -> &'static str {
    String::from("gone").as_str()
}

fn main() {
    println!("{}", make());
}
// error: E0515 at 3:5
