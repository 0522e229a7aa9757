// `.unwrap_or(d)` gives the value inside Some, or d for None.
fn main() {
    let v = vec![10, 20];
    let a = *v.get(1).unwrap_or(&0);
    let b = *v.get(5).unwrap_or(&0);
    println!("{} {}", a, b);
}
// expect: 20 0
