// A `sum()` inside a `map` closure takes its type from what the results are collected into, known only after the closure is checked.
fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let totals: Vec<i32> = rows.iter().map(|w| w.iter().sum()).collect();
    println!("{:?}", totals);
}
// expect: [6, 9, 6]
