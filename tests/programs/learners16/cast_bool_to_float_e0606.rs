// `true as f64`: both primitives, but no such conversion: E0606 (E0605 is for a cast with a non-primitive side).
fn main() {
    let b = true;
    let x = b as f64;
    println!("{}", x);
}
// error: E0606 at 4:13
