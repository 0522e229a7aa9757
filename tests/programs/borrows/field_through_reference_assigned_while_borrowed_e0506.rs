// `r.x` with `r: &mut S` is a place of what r points at: assigning it while `&mut r.x` is still used is E0506.
struct S {
    x: i32,
}

fn main() {
    let mut s = S { x: 1 };
    let r = &mut s;
    let a = &mut r.x;
    r.x = 5;
    *a += 1;
}
// error: E0506 at 10:5
