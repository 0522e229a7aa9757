// Indexing past a Vec's end panics with the length and the index.
fn main() {
    let mut xs = vec![1i32, 2, 3];
    xs.pop();
    println!("{}", xs[1]);
    println!("Fourth element: {}", xs[3]);
}
// expect: 2
// panic: index out of bounds: the len is 2 but the index is 3
// panic-at: 6:38
