// `main` cannot have type parameters: E0131.
fn main<T>() {
    println!("hi");
}
// error: E0131 at 2:8
