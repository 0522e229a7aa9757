// Smoke basin (AoC 2021 day 9): low points of a digit grid, basins flood-filled with a stack and a seen grid, the three largest multiplied.
fn neighbours(r: usize, c: usize, h: usize, w: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if r > 0 { out.push((r - 1, c)); }
    if r + 1 < h { out.push((r + 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if c + 1 < w { out.push((r, c + 1)); }
    out
}

fn basin_size(grid: &[Vec<u8>], start: (usize, usize), seen: &mut Vec<Vec<bool>>) -> usize {
    let mut stack = vec![start];
    let mut size = 0;
    while let Some((r, c)) = stack.pop() {
        if seen[r][c] || grid[r][c] == 9 {
            continue;
        }
        seen[r][c] = true;
        size += 1;
        for n in neighbours(r, c, grid.len(), grid[0].len()) {
            stack.push(n);
        }
    }
    size
}

fn main() {
    let input = "2199943210\n3987894921\n9856789892\n8767896789\n9899965678";
    let grid: Vec<Vec<u8>> = input.lines().map(|l| l.bytes().map(|b| b - b'0').collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut risk = 0u32;
    let mut lows = Vec::new();
    for r in 0..h {
        for c in 0..w {
            let v = grid[r][c];
            if neighbours(r, c, h, w).iter().all(|&(nr, nc)| grid[nr][nc] > v) {
                risk += v as u32 + 1;
                lows.push((r, c));
            }
        }
    }
    println!("risk {} lows {:?}", risk, lows);
    let mut seen = vec![vec![false; w]; h];
    let mut sizes: Vec<usize> = lows.iter().map(|&p| basin_size(&grid, p, &mut seen)).collect();
    sizes.sort_by(|a, b| b.cmp(a));
    println!("{:?} {}", sizes, sizes.iter().take(3).product::<usize>());
}
// expect: risk 15 lows [(0, 1), (0, 9), (2, 2), (4, 6)]
// expect: [14, 9, 9, 3] 1134
