// Hiking trails counted by an explicit stack DFS from each 0 to reachable 9s, climbing by exactly one; HashSet per trailhead.
use std::collections::HashSet;

fn main() {
    let grid: Vec<Vec<u8>> = "0123\n1234\n8765\n9876".lines().map(|l| l.bytes().map(|b| b - b'0').collect()).collect();
    let n = grid.len();
    let mut total = 0;
    for r in 0..n {
        for c in 0..n {
            if grid[r][c] != 0 {
                continue;
            }
            let mut stack = vec![(r, c)];
            let mut peaks = HashSet::new();
            while let Some((y, x)) = stack.pop() {
                if grid[y][x] == 9 {
                    peaks.insert((y, x));
                    continue;
                }
                let mut next = Vec::new();
                if y > 0 { next.push((y - 1, x)); }
                if x > 0 { next.push((y, x - 1)); }
                if y + 1 < n { next.push((y + 1, x)); }
                if x + 1 < n { next.push((y, x + 1)); }
                for (ny, nx) in next {
                    if grid[ny][nx] == grid[y][x] + 1 {
                        stack.push((ny, nx));
                    }
                }
            }
            total += peaks.len();
        }
    }
    println!("{total}");
}
// expect: 1
