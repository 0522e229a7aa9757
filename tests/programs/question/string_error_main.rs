// `main` may return a Result: its Err is written to stderr as `Error: ` and its Debug text, then dropped, and the process exits with 1.
fn check(age: i32) -> Result<i32, String> {
    if age < 0 {
        return Err(format!("negative age {}", age));
    }
    Ok(age)
}

fn main() -> Result<(), String> {
    let a = check(30)?;
    println!("first {}", a);
    let b = check(-4)?;
    println!("never {}", b);
    Ok(())
}
// expect: first 30
// stderr: Error: "negative age -4"
// exit: 1
