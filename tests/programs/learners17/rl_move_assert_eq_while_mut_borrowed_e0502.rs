// Rustlings-style: assert_eq! on a Vec while a `&mut` of it is still used later is E0502 at the macro, whose `&v` it is.
fn main() {
    let mut x = Vec::new();
    let y = &mut x;
    assert_eq!(x, Vec::<i32>::new());
    y.push(42);
}
// error: E0502 at 5:5
