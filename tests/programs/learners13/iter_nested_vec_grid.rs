// A grid Vec<Vec<u8>>: row sums, column sums via (0..w).map, the max cell by flat_map and enumerate.
fn main() {
    let grid = vec![vec![3, 0, 7], vec![1, 9, 2], vec![4, 4, 4]];
    let row_sums: Vec<u32> = grid.iter().map(|r| r.iter().map(|&x| x as u32).sum()).collect();
    println!("rows {:?}", row_sums);
    let w = grid[0].len();
    let col_sums: Vec<u32> = (0..w).map(|c| grid.iter().map(|r| r[c] as u32).sum()).collect();
    println!("cols {:?}", col_sums);
    let best = grid
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, &v)| (v, r, c)))
        .max()
        .unwrap();
    println!("max {} at ({}, {})", best.0, best.1, best.2);
    for row in &grid {
        let line: Vec<String> = row.iter().map(|v| format!("{:2}", v)).collect();
        println!("{}", line.join(""));
    }
}
// expect: rows [10, 12, 12]
// expect: cols [8, 13, 13]
// expect: max 9 at (1, 1)
// expect:  3 0 7
// expect:  1 9 2
// expect:  4 4 4
