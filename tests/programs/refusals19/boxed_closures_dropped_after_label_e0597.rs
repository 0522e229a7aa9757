// The Vec of boxed closures declared before the String they read: the String dies first and the Vec's drop may read it (E0597).
fn main() {
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    let label = String::from("x");
    printers.push(Box::new(|| println!("{}", label)));
    for p in &printers {
        p();
    }
}
// error: E0597 at 5:46
