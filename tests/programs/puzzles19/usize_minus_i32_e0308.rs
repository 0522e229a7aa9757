// Adding an i32 offset to a usize index is a type mismatch (E0308).
fn main() {
    let grid = vec![1, 2, 3, 4];
    let i: usize = 2;
    let d: i32 = -1;
    println!("{}", grid[i + d]);
}
// error: E0308 at 6:29
