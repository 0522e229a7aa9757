// std sums a number only from its own type: `i64: Sum<&i32>` does not hold, E0277 at `sum`, also when the target is known only later.
fn main() {
    let v = vec![1i32, 2, 3];
    let total: i64 = v.iter().sum();
    println!("{}", total);
}
// error: E0277 at 4:31
