// `{name}` with `name = expr` in the argument list names an argument.
fn main() {
    let items = vec![1, 2, 3];
    println!("{count} items, first {first}", count = items.len(), first = items[0]);
    println!("{greeting}, {greeting}!", greeting = "hi");
}
// expect: 3 items, first 1
// expect: hi, hi!
