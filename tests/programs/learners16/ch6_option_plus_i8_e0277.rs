// Adding an i8 to an Option<i8> without unwrapping: E0277 cannot add Option<i8> to i8.
fn main() {
    let x: i8 = 5;
    let y: Option<i8> = Some(5);
    let sum = x + y;
    println!("{}", sum);
}
// error: E0277 at 5:17
