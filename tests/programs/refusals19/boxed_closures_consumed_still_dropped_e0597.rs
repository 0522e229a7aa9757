// The Vec of boxed closures declared before the String they read and consumed by a `for` loop: rustc still counts its drop at the end after the String's (E0597).
fn main() {
    let mut printers: Vec<Box<dyn Fn() -> String>> = Vec::new();
    let label = String::from("x");
    printers.push(Box::new(|| label.repeat(2)));
    printers.push(Box::new(|| format!("[{}]", label)));
    for p in printers {
        println!("{}", p());
    }
}
// error: E0597 at 5:31
