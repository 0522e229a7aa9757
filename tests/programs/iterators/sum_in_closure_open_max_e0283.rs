// A `sum()` in a closure whose results only go to `max()` never gets a type: E0283 at `sum`.
fn main() {
    let rows = vec![vec![1, 2], vec![3]];
    let m = rows.iter().map(|w| w.iter().sum()).max();
    println!("{:?}", m);
}
// error: E0283 at 4:42
