// Vec<Box<dyn Clone>> is not allowed: Clone needs Sized, so the trait is not dyn compatible, E0038.
fn main() {
    let v: Vec<Box<dyn Clone>> = Vec::new();
    println!("{}", v.len());
}
// error: E0038 at 3:24
