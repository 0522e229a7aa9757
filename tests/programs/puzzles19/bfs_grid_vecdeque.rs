// Breadth-first search on a char grid with a VecDeque; neighbours via checked_sub and bounds; shortest steps printed.
use std::collections::VecDeque;

const INPUT: &str = "S..#
.#..
...#
#..E";

fn main() {
    let grid: Vec<Vec<char>> = INPUT.lines().map(|l| l.chars().collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut dist = vec![vec![usize::MAX; w]; h];
    let mut queue = VecDeque::new();
    dist[0][0] = 0;
    queue.push_back((0usize, 0usize));
    while let Some((r, c)) = queue.pop_front() {
        if grid[r][c] == 'E' {
            println!("reached E in {} steps", dist[r][c]);
            break;
        }
        let candidates = [
            (r.checked_sub(1), Some(c)),
            (Some(r + 1), Some(c)),
            (Some(r), c.checked_sub(1)),
            (Some(r), Some(c + 1)),
        ];
        for (nr, nc) in candidates {
            let (Some(nr), Some(nc)) = (nr, nc) else { continue };
            if nr >= h || nc >= w || grid[nr][nc] == '#' || dist[nr][nc] != usize::MAX {
                continue;
            }
            dist[nr][nc] = dist[r][c] + 1;
            queue.push_back((nr, nc));
        }
    }
}
// expect: reached E in 6 steps
