// A digit grid as Vec<Vec<u32>>; a tree is visible if all trees in some direction are shorter (iterator all over ranges).
const INPUT: &str = "30373\n25512\n65332\n33549\n35390";

fn main() {
    let grid: Vec<Vec<u32>> = INPUT
        .lines()
        .map(|l| l.chars().map(|c| c.to_digit(10).unwrap()).collect())
        .collect();
    let h = grid.len();
    let w = grid[0].len();
    let mut visible = 0;
    for r in 0..h {
        for c in 0..w {
            let t = grid[r][c];
            let left = (0..c).all(|x| grid[r][x] < t);
            let right = (c + 1..w).all(|x| grid[r][x] < t);
            let up = (0..r).all(|y| grid[y][c] < t);
            let down = (r + 1..h).all(|y| grid[y][c] < t);
            if left || right || up || down {
                visible += 1;
            }
        }
    }
    println!("{visible}");
}
// expect: 21
