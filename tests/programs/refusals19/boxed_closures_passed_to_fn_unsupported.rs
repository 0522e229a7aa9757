// Boxed closures borrowing a local, passed to a function taking &[Box<dyn Fn() + 'a>]: rustc runs it; outside the subset (the objects would leave the function).
fn run_all<'a>(printers: &[Box<dyn Fn() + 'a>]) {
    for p in printers {
        p();
    }
}

fn main() {
    let label = String::from("x");
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    printers.push(Box::new(|| println!("{}", label)));
    run_all(&printers);
}
// expect: x
// unsupported: a trait object passed to `run_all` at 12:13
