// Dumbo octopuses (AoC 2021 day 11): a [[u8; 5]; 5] grid stepped with a flash queue over the eight neighbours.
fn step(grid: &mut [[u8; 5]; 5]) -> usize {
    let mut flashed = [[false; 5]; 5];
    let mut queue = Vec::new();
    for r in 0..5 {
        for c in 0..5 {
            grid[r][c] += 1;
            if grid[r][c] > 9 {
                queue.push((r, c));
            }
        }
    }
    while let Some((r, c)) = queue.pop() {
        if flashed[r][c] {
            continue;
        }
        flashed[r][c] = true;
        for dr in -1i32..=1 {
            for dc in -1i32..=1 {
                let nr = r as i32 + dr;
                let nc = c as i32 + dc;
                if (dr, dc) == (0, 0) || nr < 0 || nc < 0 || nr >= 5 || nc >= 5 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                grid[nr][nc] += 1;
                if grid[nr][nc] > 9 && !flashed[nr][nc] {
                    queue.push((nr, nc));
                }
            }
        }
    }
    let mut count = 0;
    for r in 0..5 {
        for c in 0..5 {
            if flashed[r][c] {
                grid[r][c] = 0;
                count += 1;
            }
        }
    }
    count
}

fn main() {
    let mut grid = [[1, 1, 1, 1, 1], [1, 9, 9, 9, 1], [1, 9, 1, 9, 1], [1, 9, 9, 9, 1], [1, 1, 1, 1, 1]];
    let mut total = 0;
    for i in 1..=3 {
        total += step(&mut grid);
        println!("after step {}:", i);
        for row in &grid {
            println!("{}", row.iter().map(|d| d.to_string()).collect::<String>());
        }
    }
    println!("flashes {}", total);
}
// expect: after step 1:
// expect: 34543
// expect: 40004
// expect: 50005
// expect: 40004
// expect: 34543
// expect: after step 2:
// expect: 45654
// expect: 51115
// expect: 61116
// expect: 51115
// expect: 45654
// expect: after step 3:
// expect: 56765
// expect: 62226
// expect: 72227
// expect: 62226
// expect: 56765
// expect: flashes 9
