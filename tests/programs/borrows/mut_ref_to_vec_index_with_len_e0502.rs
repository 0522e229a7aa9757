// `&mut v[v.len() - 1]` is error E0502: `IndexMut::index_mut(&mut v, ..)` borrows v before the index reads it.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = &mut v[v.len() - 1];
    *last += 1;
    println!("{:?}", v);
}
// error: E0502 at 4:23
