// A closure that assigns through a captured `&mut i32` is FnMut: calling it from a binding not declared `mut` is E0596.
fn bump(n: &mut i32) {
    let add = |k: i32| *n += k;
    add(2);
}

fn main() {
    let mut x = 1;
    bump(&mut x);
    println!("{}", x);
}
// error: E0596 at 4:5
