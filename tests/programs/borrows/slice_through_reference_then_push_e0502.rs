// `&r[..2]` with `r: &mut Vec<i32>` borrows the Vec r points at; pushing through r while the slice is used is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    let s: &[i32] = &r[..2];
    r.push(4);
    println!("{:?}", s);
}
// error: E0502 at 6:5
