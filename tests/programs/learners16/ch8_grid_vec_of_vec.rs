// A Vec<Vec<char>> grid built with vec![vec!['.'; w]; h], marked and printed row by row.
fn main() {
    let (w, h) = (5, 3);
    let mut grid = vec![vec!['.'; w]; h];
    grid[1][2] = '#';
    grid[0][0] = '@';
    for row in &grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
    println!("{}", grid.iter().flatten().filter(|c| **c != '.').count());
}
// expect: @....
// expect: ..#..
// expect: .....
// expect: 2
