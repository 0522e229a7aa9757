// A block given an expected type is coerced at its tail, through nested blocks and their statements: the E0308 points at the innermost tail.
fn main() {
    let x = 5i32;
    let a: u8 = { let y = 1; { let z = 2; x } };
    println!("{}", a);
}
// error: E0308 at 4:43
