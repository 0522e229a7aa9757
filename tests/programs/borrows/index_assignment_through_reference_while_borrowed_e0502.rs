// `r[1] = 5` with `r: &mut Vec<i32>` is IndexMut on `*r`, a mutable borrow while `first` still reads it: E0502, not E0506.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    let first = &r[0];
    r[1] = 5;
    println!("{} {:?}", first, v);
}
// error: E0502 at 6:5
