// An `Option<i32>` is not an i32: adding them is an error until the value is unwrapped.
fn main() {
    let x: i32 = 5;
    let y: Option<i32> = Some(5);
    let sum = x + y;
    println!("{}", sum);
}
// error: E0277 at 5:17
