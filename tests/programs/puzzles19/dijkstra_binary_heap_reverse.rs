// Dijkstra over a digit grid with BinaryHeap<Reverse<(u32, usize, usize)>>; stale entries skipped.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let input = "1163\n1381\n2136\n3694";
    let grid: Vec<Vec<u32>> = input.lines().map(|l| l.bytes().map(|b| (b - b'0') as u32).collect()).collect();
    let n = grid.len();
    let mut best = vec![vec![u32::MAX; n]; n];
    let mut heap = BinaryHeap::new();
    best[0][0] = 0;
    heap.push(Reverse((0u32, 0usize, 0usize)));
    while let Some(Reverse((cost, r, c))) = heap.pop() {
        if (r, c) == (n - 1, n - 1) {
            println!("lowest risk {cost}");
            return;
        }
        if cost > best[r][c] {
            continue;
        }
        let dirs: [(isize, isize); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as isize + dr;
            let nc = c as isize + dc;
            if nr < 0 || nc < 0 || nr >= n as isize || nc >= n as isize {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            let next = cost + grid[nr][nc];
            if next < best[nr][nc] {
                best[nr][nc] = next;
                heap.push(Reverse((next, nr, nc)));
            }
        }
    }
}
// expect: lowest risk 17
