// Summing parsed numbers into an unannotated binding is rejected: sum's result type is unknown (E0283).
fn main() {
    let input = "1\n2\n3";
    let total = input.lines().map(|l| l.parse::<i64>().unwrap()).sum();
    println!("{}", total);
}
// error: E0283 at 4:9
