// Two mutable borrows of different grid rows through indexing are still two borrows of the grid (E0499).
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let a = &mut grid[0];
    let b = &mut grid[1];
    std::mem::swap(&mut a[0], &mut b[0]);
    println!("{:?}", grid);
}
// error: E0499 at 5:18
