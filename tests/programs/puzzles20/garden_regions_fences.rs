// Garden groups (AoC 2024 day 12): regions of a byte grid flooded with a VecDeque, neighbours via wrapping_sub, area times perimeter summed.
use std::collections::VecDeque;

fn main() {
    let input = "AAAA\nBBCD\nBBCC\nEEEC";
    let grid: Vec<Vec<u8>> = input.lines().map(|l| l.bytes().collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut seen = vec![vec![false; w]; h];
    let mut total = 0;
    for sr in 0..h {
        for sc in 0..w {
            if seen[sr][sc] {
                continue;
            }
            let plant = grid[sr][sc];
            let mut area = 0;
            let mut perimeter = 0;
            let mut queue = VecDeque::new();
            queue.push_back((sr, sc));
            seen[sr][sc] = true;
            while let Some((r, c)) = queue.pop_front() {
                area += 1;
                let neighbours = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
                for (nr, nc) in neighbours {
                    if nr >= h || nc >= w || grid[nr][nc] != plant {
                        perimeter += 1;
                    } else if !seen[nr][nc] {
                        seen[nr][nc] = true;
                        queue.push_back((nr, nc));
                    }
                }
            }
            println!("{}: area {} perimeter {}", plant as char, area, perimeter);
            total += area * perimeter;
        }
    }
    println!("{}", total);
}
// expect: A: area 4 perimeter 10
// expect: B: area 4 perimeter 8
// expect: C: area 4 perimeter 10
// expect: D: area 1 perimeter 4
// expect: E: area 3 perimeter 8
// expect: 140
