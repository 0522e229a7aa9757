// sum() with no type to sum into is E0283 (type annotations needed).
fn main() {
    let v = vec![1, 2, 3];
    let total = v.iter().sum();
    println!("{}", total);
}
// error: E0283 at 4:9
