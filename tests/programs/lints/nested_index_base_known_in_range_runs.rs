// The twin of nested_index_base_known_to_overflow_lint: with `r` known to be 1, `grid[r - 1][r]` is in range and runs.
fn main() {
    let grid: Vec<Vec<u8>> = vec![vec![1, 2], vec![3, 4]];
    let r: usize = 1;
    let up = grid[r - 1][r];
    println!("{}", up);
}
// expect: 2
