// A closure that reads the grid is alive while the grid is mutated (E0502 at the mutation).
fn main() {
    let mut grid = vec![vec!['.'; 3]; 3];
    let is_wall = |r: usize, c: usize| grid[r][c] == '#';
    grid[1][1] = '#';
    println!("{}", is_wall(1, 1));
}
// error: E0502 at 5:5
