// A grid as Vec<Vec<char>>: built with vec! repeats, changed by index, printed row by row.
fn main() {
    let mut grid = vec![vec!['.'; 4]; 3];
    grid[1][2] = '#';
    grid[0][0] = '@';
    for row in &grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
    let hashes = grid.iter().flatten().filter(|&&c| c != '.').count();
    println!("{}", hashes);
    println!("{}", grid.len() * grid[0].len());
}
// expect: @...
// expect: ..#.
// expect: ....
// expect: 2
// expect: 12
