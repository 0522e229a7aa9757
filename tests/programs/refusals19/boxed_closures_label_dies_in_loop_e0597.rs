// A closure borrowing a String made inside a loop body, boxed into a Vec that outlives the loop: E0597 at the capture.
fn main() {
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    for i in 0..3 {
        let label = format!("item {}", i);
        printers.push(Box::new(|| println!("{}", label)));
    }
    for p in &printers {
        p();
    }
}
// error: E0597 at 6:50
