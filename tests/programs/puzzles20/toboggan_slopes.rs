// Toboggan slopes (AoC 2020 day 3): a Vec<Vec<char>> grid walked with wrapping columns for several slopes, the tree counts multiplied as u64.
fn trees(grid: &Vec<Vec<char>>, right: usize, down: usize) -> u64 {
    let mut x = 0;
    let mut y = 0;
    let mut count = 0;
    while y < grid.len() {
        if grid[y][x % grid[y].len()] == '#' {
            count += 1;
        }
        x += right;
        y += down;
    }
    count
}

fn main() {
    let input = "..##.......
#...#...#..
.#....#..#.
..#.#...#.#
.#...##..#.
..#.##.....
.#.#.#....#
.#........#
#.##...#...
#...##....#
.#..#...#.#";
    let grid: Vec<Vec<char>> = input.lines().map(|l| l.chars().collect()).collect();
    println!("part 1: {}", trees(&grid, 3, 1));
    let slopes = [(1, 1), (3, 1), (5, 1), (7, 1), (1, 2)];
    let mut product = 1u64;
    for (r, d) in slopes.iter() {
        let t = trees(&grid, *r, *d);
        println!("slope {},{}: {}", r, d, t);
        product *= t;
    }
    println!("part 2: {}", product);
}
// expect: part 1: 7
// expect: slope 1,1: 2
// expect: slope 3,1: 7
// expect: slope 5,1: 3
// expect: slope 7,1: 4
// expect: slope 1,2: 2
// expect: part 2: 336
