// Guards on every arm don't count for exhaustiveness: E0004 even though the guards cover all integers.
fn main() {
    let n: i32 = 7;
    match n {
        x if x < 0 => println!("negative"),
        x if x >= 0 => println!("non-negative"),
    }
}
// error: E0004 at 4:11
