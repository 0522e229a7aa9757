// Reading an integer after the `&mut` to it was last used is accepted.
fn main() {
    let mut x = 1;
    let r = &mut x;
    *r += 1;
    let y = x + 1;
    println!("{} {}", x, y);
}
// expect: 2 3
