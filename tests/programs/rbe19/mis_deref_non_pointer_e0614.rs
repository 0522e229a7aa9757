// Dereferencing an i32 is E0614.
fn main() {
    let x = 5;
    let y = *x;
    println!("{}", y);
}
// error: E0614 at 4:13
