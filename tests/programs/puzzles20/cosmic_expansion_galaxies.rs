// Cosmic expansion (AoC 2023 day 11): empty rows and columns found with all, galaxies shifted by the empty lines before them, pairwise distances summed.
fn distances(grid: &[Vec<char>], factor: i64) -> i64 {
    let empty_rows: Vec<usize> = (0..grid.len()).filter(|&r| grid[r].iter().all(|&c| c == '.')).collect();
    let empty_cols: Vec<usize> = (0..grid[0].len()).filter(|&c| grid.iter().all(|row| row[c] == '.')).collect();
    let mut galaxies = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == '#' {
                let er = empty_rows.iter().filter(|&&x| x < r).count() as i64;
                let ec = empty_cols.iter().filter(|&&x| x < c).count() as i64;
                galaxies.push((r as i64 + er * (factor - 1), c as i64 + ec * (factor - 1)));
            }
        }
    }
    let mut total = 0;
    for i in 0..galaxies.len() {
        for j in i + 1..galaxies.len() {
            total += (galaxies[i].0 - galaxies[j].0).abs() + (galaxies[i].1 - galaxies[j].1).abs();
        }
    }
    total
}

fn main() {
    let input = "...#......
.......#..
#.........
..........
......#...
.#........
.........#
..........
.......#..
#...#.....";
    let grid: Vec<Vec<char>> = input.lines().map(|l| l.chars().collect()).collect();
    println!("{} {} {}", distances(&grid, 2), distances(&grid, 10), distances(&grid, 100));
}
// expect: 374 1030 8410
