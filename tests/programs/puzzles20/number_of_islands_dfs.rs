// LeetCode number of islands: a Vec<Vec<char>> grid sunk by recursive depth-first search through `&mut`.
fn sink(grid: &mut Vec<Vec<char>>, r: usize, c: usize) {
    if grid[r][c] != '1' {
        return;
    }
    grid[r][c] = '0';
    if r > 0 { sink(grid, r - 1, c); }
    if r + 1 < grid.len() { sink(grid, r + 1, c); }
    if c > 0 { sink(grid, r, c - 1); }
    if c + 1 < grid[0].len() { sink(grid, r, c + 1); }
}

fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
    let mut count = 0;
    for r in 0..grid.len() {
        for c in 0..grid[0].len() {
            if grid[r][c] == '1' {
                count += 1;
                sink(&mut grid, r, c);
            }
        }
    }
    count
}

fn main() {
    let a = ["11110", "11010", "11000", "00000"];
    let b = ["11000", "11000", "00100", "00011"];
    for g in [a, b] {
        let grid: Vec<Vec<char>> = g.iter().map(|r| r.chars().collect()).collect();
        println!("{}", num_islands(grid));
    }
}
// expect: 1
// expect: 3
