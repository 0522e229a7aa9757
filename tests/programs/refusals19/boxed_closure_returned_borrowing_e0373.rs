// A function returning Box<dyn Fn()> of a closure borrowing its local: E0373 (it may outlive the function).
fn make_printer() -> Box<dyn Fn()> {
    let label = String::from("x");
    Box::new(|| println!("{}", label))
}

fn main() {
    let p = make_printer();
    p();
}
// error: E0373 at 4:14
