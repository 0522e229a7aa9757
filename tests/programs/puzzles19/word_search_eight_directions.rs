// Counting a word in a letter grid in all eight directions with i32 steps and bounds checks via try_from.
fn main() {
    let grid: Vec<&[u8]> = "MMMSXXMASM\nMSAMXMSMSA\nAMXSXMAAMM\nMSAMASMSMX\nXMASAMXAMM"
        .lines()
        .map(|l| l.as_bytes())
        .collect();
    let word = b"XMAS";
    let mut count = 0;
    for r in 0..grid.len() as i32 {
        for c in 0..grid[0].len() as i32 {
            for dr in -1..=1 {
                for dc in -1..=1 {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    let found = (0..4).all(|k| {
                        let (y, x) = (r + dr * k, c + dc * k);
                        match (usize::try_from(y), usize::try_from(x)) {
                            (Ok(y), Ok(x)) => grid.get(y).and_then(|row| row.get(x)) == Some(&word[k as usize]),
                            _ => false,
                        }
                    });
                    if found {
                        count += 1;
                    }
                }
            }
        }
    }
    println!("{count}");
}
// expect: 6
