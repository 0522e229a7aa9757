// Passing `&mut x` twice to one call makes two live `&mut` borrows, error E0499.
fn add_into(dst: &mut i32, src: &mut i32) {
    *dst += *src;
}

fn main() {
    let mut x = 5;
    add_into(&mut x, &mut x);
    println!("{}", x);
}
// error: E0499 at 8:22
