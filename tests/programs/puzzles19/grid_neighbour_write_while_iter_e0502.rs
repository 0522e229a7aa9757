// Iterating a grid's rows by reference while writing into the grid inside the loop is rejected (E0502).
fn main() {
    let mut grid = vec![vec![0u8; 3]; 3];
    for (r, row) in grid.iter().enumerate() {
        for (c, _) in row.iter().enumerate() {
            if r > 0 {
                grid[r - 1][c] += 1;
            }
        }
    }
    println!("{:?}", grid);
}
// error: E0502 at 7:17
