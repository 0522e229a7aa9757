// A `for` loop over `&b` of a `Box<[i32]>` (std's IntoIterator for `&Box<[T]>`) is outside the subset: the engine says so at the loop's iterable, never E0277.
fn main() {
    let b: Box<[i32]> = vec![1, 2].into_boxed_slice();
    for x in &b {
        println!("{}", x);
    }
}
// expect: 1
// expect: 2
// unsupported: a `for` loop over a `Box<[T]>` at 4:14
