// Boxed closures consumed on one branch only, declared before the String they read: their drop at the end comes after the String's (E0597).
fn main() {
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    let label = String::from("x");
    printers.push(Box::new(|| println!("{}", label)));
    if label.len() > 3 {
        for p in printers {
            p();
        }
    }
}
// error: E0597 at 5:46
