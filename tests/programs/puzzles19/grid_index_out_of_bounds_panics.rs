// Reading one past the last row of a Vec<Vec<char>> grid panics with the index and the length.
fn main() {
    let grid: Vec<Vec<char>> = "ab\ncd".lines().map(|l| l.chars().collect()).collect();
    let mut out = String::new();
    for r in 0..=grid.len() {
        out.push(grid[r][0]);
    }
    println!("{out}");
}
// panic: index out of bounds: the len is 2 but the index is 2
// panic-at: 6:22
