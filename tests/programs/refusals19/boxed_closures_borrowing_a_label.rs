// A Vec<Box<dyn Fn()>> of closures reading a String declared before the Vec: the objects borrow it, and run.
fn main() {
    let label = String::from("total");
    let count = 3;
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    printers.push(Box::new(|| println!("{}: {}", label, count)));
    printers.push(Box::new(|| println!("{} has {} letters", label, label.len())));
    for p in &printers {
        p();
    }
    println!("{} printers", printers.len());
}
// expect: total: 3
// expect: total has 5 letters
// expect: 2 printers
