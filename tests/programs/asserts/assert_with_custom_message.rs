// `assert!(cond, "fmt", args)` panics with the formatted message instead of the condition.
fn main() {
    let age = 15;
    println!("checking {}", age);
    assert!(age >= 18, "age must be at least 18, got {}", age);
}
// expect: checking 15
// panic: age must be at least 18, got 15
// panic-at: 5:5
