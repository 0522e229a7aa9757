// A nested fn cannot capture a local of the function around it (use a closure): E0434.
fn main() {
    let factor = 3;
    fn scale(x: i32) -> i32 {
        x * factor
    }
    println!("{}", scale(2));
}
// error: E0434 at 5:13
