// Returning a closure that borrows a local without `move` is E0373.
fn create_fn() -> impl Fn() {
    let text = "Fn".to_owned();
    || println!("This is a: {}", text)
}

fn main() {
    let f = create_fn();
    f();
}
// error: E0373 at 4:5
