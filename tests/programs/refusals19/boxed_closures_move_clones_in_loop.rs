// The fix of the loop's E0597: a move closure owning its own String (a clone per iteration), boxed into the Vec.
fn main() {
    let mut printers: Vec<Box<dyn Fn()>> = Vec::new();
    let base = String::from("item");
    for i in 0..3 {
        let label = format!("{} {}", base, i);
        printers.push(Box::new(move || println!("{}", label)));
    }
    for p in printers.iter() {
        p();
    }
}
// expect: item 0
// expect: item 1
// expect: item 2
