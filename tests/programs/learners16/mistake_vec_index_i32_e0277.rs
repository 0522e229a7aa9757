// Indexing a Vec with an i32 variable: E0277 the type `[i32]` cannot be indexed by `i32`.
fn main() {
    let v = vec![10, 20, 30];
    let i: i32 = 1;
    println!("{}", v[i]);
}
// error: E0277 at 5:22
