// Indexing a `Box<[i32]>` past its length panics with the slice's message at the `[`.
fn main() {
    let b: Box<[i32]> = vec![1, 2].into_boxed_slice();
    let i = b.len() + 1;
    println!("{}", b[i]);
}
// panic: index out of bounds: the len is 2 but the index is 3
// panic-at: 5:20
