// Taking `&mut x` of a variable not declared `mut` is error E0596.
fn main() {
    let x = 5;
    let r = &mut x;
    *r += 1;
    println!("{}", x);
}
// error: E0596 at 4:13
