// An `if` condition must be a bool; an integer is not truthy.
fn main() {
    let n = 1;
    if n {
        println!("yes");
    }
}
// error: E0308 at 4:8
