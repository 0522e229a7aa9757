// Holding a reference to a grid row while pushing a new row onto the grid is rejected (E0502).
fn main() {
    let mut grid: Vec<Vec<char>> = "ab\ncd".lines().map(|l| l.chars().collect()).collect();
    let first = &grid[0];
    grid.push(vec!['e', 'f']);
    println!("{:?}", first);
}
// error: E0502 at 5:5
