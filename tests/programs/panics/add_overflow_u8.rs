// Adding 1 to a u8 holding 255 panics at run time (printing x keeps rustc from folding it at compile time).
fn main() {
    let x: u8 = 255;
    println!("x = {}", x);
    let y = x + 1;
    println!("y = {}", y);
}
// expect: x = 255
// panic: attempt to add with overflow
// panic-at: 5:13
