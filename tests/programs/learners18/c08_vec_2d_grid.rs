// A Vec<Vec<char>> grid: neighbours counted with bounds checks via get, then printed as lines.
fn main() {
    let rows = ["#..", ".#.", "..#"];
    let grid: Vec<Vec<char>> = rows.iter().map(|r| r.chars().collect()).collect();
    let mut counts = vec![vec![0u8; 3]; 3];
    for r in 0..3i32 {
        for c in 0..3i32 {
            for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nc < 0 {
                    continue;
                }
                if let Some(&'#') = grid.get(nr as usize).and_then(|row| row.get(nc as usize)) {
                    counts[r as usize][c as usize] += 1;
                }
            }
        }
    }
    for row in &counts {
        let line: Vec<String> = row.iter().map(|n| n.to_string()).collect();
        println!("{}", line.join(""));
    }
}
// expect: 020
// expect: 202
// expect: 020
