// Exercism-style: minesweeper annotation over a &[&str] board, counting neighbours with checked index arithmetic.
fn annotate(minefield: &[&str]) -> Vec<String> {
    let rows = minefield.len() as i32;
    let grid: Vec<&[u8]> = minefield.iter().map(|r| r.as_bytes()).collect();
    let mut out = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        let cols = row.len() as i32;
        let mut line = String::new();
        for (c, &cell) in row.iter().enumerate() {
            if cell == b'*' {
                line.push('*');
                continue;
            }
            let mut n = 0;
            for dr in -1..=1 {
                for dc in -1..=1 {
                    let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                    if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr as usize][nc as usize] == b'*' {
                        n += 1;
                    }
                }
            }
            line.push(if n == 0 { ' ' } else { (b'0' + n) as char });
        }
        out.push(line);
    }
    out
}

fn main() {
    let board = ["  *  ", "  *  ", "*****", "  *  ", "  *  "];
    for line in annotate(&board) {
        println!("|{}|", line);
    }
    println!("{:?}", annotate(&[]));
}
// expect: | 2*2 |
// expect: |25*52|
// expect: |*****|
// expect: |25*52|
// expect: | 2*2 |
// expect: []
