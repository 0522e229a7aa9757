// `&String::from(..)` returned borrows a temporary freed at the function's end (E0515).
fn make() -> &'static String {
    &String::from("gone")
}

fn main() {
    println!("{}", make());
}
// error: E0515 at 3:5
