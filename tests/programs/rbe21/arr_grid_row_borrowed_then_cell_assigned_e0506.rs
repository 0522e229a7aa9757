// A row of a 2-D array borrowed `&mut`, then a cell of another row assigned: rustc names the assigned place `grid[_][_]`, and the borrow spans the whole `&mut grid[1]`.
fn main() {
    let mut grid = [[0; 3]; 3];
    let row = &mut grid[1];
    grid[0][0] = 1;
    row[0] = 2;
    println!("{:?}", grid);
}
// error: E0506 at 5:5
