// Minesweeper: counts of neighbouring '*' written into each empty cell, using as_bytes and i32 offsets.
fn annotate(board: &[&str]) -> Vec<String> {
    let h = board.len() as i32;
    let mut out = Vec::new();
    for (r, row) in board.iter().enumerate() {
        let w = row.len() as i32;
        let mut line = String::new();
        for (c, b) in row.bytes().enumerate() {
            if b == b'*' {
                line.push('*');
                continue;
            }
            let mut n = 0;
            for dr in -1i32..=1 {
                for dc in -1i32..=1 {
                    let (y, x) = (r as i32 + dr, c as i32 + dc);
                    if y >= 0 && y < h && x >= 0 && x < w && board[y as usize].as_bytes()[x as usize] == b'*' {
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
    for line in annotate(&[" * * ", "  *  ", "  *  ", "     "]) {
        println!("|{line}|");
    }
}
// expect: |1*3*1|
// expect: |13*31|
// expect: | 2*2 |
// expect: | 111 |
