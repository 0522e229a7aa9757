// `Box::new(&a)` moves a borrow of a local into the heap, but returning the Box still returns the borrow (E0515).
fn boxed() -> Box<&'static String> {
    let a = String::from("ab");
    Box::new(&a)
}

fn main() {
    println!("{}", boxed());
}
// error: E0515 at 4:5
