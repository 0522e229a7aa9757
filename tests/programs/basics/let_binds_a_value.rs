// `let` binds a name to a value; an integer literal with no suffix is an i32.
fn main() {
    let x = 5;
    let y = x + 1;
    println!("x = {}", x);
    println!("y = {}", y);
}
// expect: x = 5
// expect: y = 6
