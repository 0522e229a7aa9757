// Rust-by-Example-style: indexing an array by a runtime index one past its end panics with the bounds message.
fn main() {
    let xs: [i32; 5] = [1, 2, 3, 4, 5];
    let n = xs.len();
    println!("{}", xs[n]);
}
// panic: index out of bounds: the len is 5 but the index is 5
// panic-at: 5:20
