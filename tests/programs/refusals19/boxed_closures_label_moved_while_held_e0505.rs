// Moving a String out while a boxed closure in a Vec still borrows it, the Vec used after: E0505.
fn main() {
    let label = String::from("x");
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    printers.push(Box::new(|| println!("{}", label)));
    let taken = label;
    for p in &printers {
        p();
    }
    println!("{}", taken);
}
// error: E0505 at 6:17
