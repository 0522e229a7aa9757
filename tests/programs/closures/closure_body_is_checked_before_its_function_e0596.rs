// rustc borrow-checks a closure's body before the function around it: the closure's E0596 comes before the function's earlier one.
fn main() {
    let log: Vec<i32> = Vec::new();
    log.push(0);
    let totals: Vec<i32> = Vec::new();
    let mut record = || totals.push(1);
    record();
}
// error: E0596 at 6:25
