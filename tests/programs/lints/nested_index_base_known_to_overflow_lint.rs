// `grid[r - 1][0]` with `r` known to be 0: rustc's lint walks the inner index too, so `r - 1` is arithmetic_overflow at compile time (the engine ran it and panicked: it looked at the outer index alone).
fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![1, 2], vec![3, 4]];
    let r: usize = 0;
    let up = grid[r - 1][0];
    println!("{}", up);
}
// error: lint arithmetic_overflow at 5:19
