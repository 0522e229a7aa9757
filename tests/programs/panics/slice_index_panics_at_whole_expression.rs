// Indexing a `&[i32]` past its end is a built-in bounds check: rustc reports it at the whole `s[i]`, not at the `[` where a Vec's Index impl is reported.
fn main() {
    let v = vec![1, 2];
    let s: &[i32] = &v;
    let i = v.len() + 1;
    println!("{}", s[i]);
}
// panic: index out of bounds: the len is 2 but the index is 3
// panic-at: 6:20
