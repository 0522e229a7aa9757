// Guard patrol (AoC 2024 day 6): the guard's states kept in a HashSet<((i32, i32), Facing)>, a tuple with an enum deriving Eq and Hash but not Ord; a state seen twice is a loop.
use std::collections::HashSet;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Facing {
    Up,
    Right,
    Down,
    Left,
}

impl Facing {
    fn turn(self) -> Facing {
        match self {
            Facing::Up => Facing::Right,
            Facing::Right => Facing::Down,
            Facing::Down => Facing::Left,
            Facing::Left => Facing::Up,
        }
    }
    fn delta(self) -> (i32, i32) {
        match self {
            Facing::Up => (-1, 0),
            Facing::Right => (0, 1),
            Facing::Down => (1, 0),
            Facing::Left => (0, -1),
        }
    }
}

fn walk(grid: &[Vec<char>], start: (i32, i32)) -> Option<usize> {
    let mut pos = start;
    let mut dir = Facing::Up;
    let mut seen: HashSet<((i32, i32), Facing)> = HashSet::new();
    let mut cells: HashSet<(i32, i32)> = HashSet::new();
    loop {
        if !seen.insert((pos, dir)) {
            return None;
        }
        cells.insert(pos);
        let (dr, dc) = dir.delta();
        let next = (pos.0 + dr, pos.1 + dc);
        if next.0 < 0 || next.1 < 0 || next.0 >= grid.len() as i32 || next.1 >= grid[0].len() as i32 {
            return Some(cells.len());
        }
        if grid[next.0 as usize][next.1 as usize] == '#' {
            dir = dir.turn();
        } else {
            pos = next;
        }
    }
}

fn main() {
    let input = "....#.....
.........#
..........
..#.......
.......#..
..........
.#..^.....
........#.
#.........
......#...";
    let mut grid: Vec<Vec<char>> = input.lines().map(|l| l.chars().collect()).collect();
    let mut start = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        if let Some(c) = row.iter().position(|&ch| ch == '^') {
            start = (r as i32, c as i32);
        }
    }
    println!("{:?}", walk(&grid, start));
    let mut loops = 0;
    for (r, c) in [(6, 3), (7, 6), (7, 7), (8, 1), (8, 3), (9, 7), (0, 0), (2, 2)] {
        if grid[r][c] != '.' {
            continue;
        }
        grid[r][c] = '#';
        if walk(&grid, start).is_none() {
            loops += 1;
        }
        grid[r][c] = '.';
    }
    println!("{}", loops);
}
// expect: Some(41)
// expect: 6
