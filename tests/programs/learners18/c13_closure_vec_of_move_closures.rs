// The fix: move closures owning their label, boxed in a Vec and called in order, then dropped.
fn main() {
    let mut printers: Vec<Box<dyn Fn() -> String>> = Vec::new();
    for i in 0..3 {
        let label = format!("item {i}");
        printers.push(Box::new(move || label.clone() + "!"));
    }
    for p in &printers {
        println!("{}", p());
    }
    let total: usize = printers.iter().map(|p| p().len()).sum();
    println!("{total}");
}
// expect: item 0!
// expect: item 1!
// expect: item 2!
// expect: 21
