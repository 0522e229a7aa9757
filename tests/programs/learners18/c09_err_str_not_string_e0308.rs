// A function returning a wrong Err type from one branch is E0308.
fn check(n: i32) -> Result<i32, String> {
    if n < 0 {
        return Err("negative");
    }
    Ok(n)
}

fn main() {
    println!("{:?}", check(1));
}
// error: E0308 at 4:20
