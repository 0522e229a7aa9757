// A `Vec<Vec<i32>>` is a grid: each row is its own heap buffer.
fn main() {
    let mut grid: Vec<Vec<i32>> = Vec::new();
    for r in 0..3 {
        let mut row = Vec::new();
        for c in 0..3 {
            row.push(r * 3 + c);
        }
        grid.push(row);
    }
    println!("{:?}", grid);
    println!("{}", grid[1][2]);
    grid[2].push(9);
    println!("{:?}", grid[2]);
}
// expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
// expect: 5
// expect: [6, 7, 8, 9]
