// Exercism diamond: rows built from char arithmetic, each padded with spaces, the top mirrored to the bottom.
fn diamond(c: char) -> Vec<String> {
    let n = (c as u8 - b'A') as usize;
    let width = 2 * n + 1;
    let mut rows: Vec<String> = (0..=n)
        .map(|i| {
            let letter = (b'A' + i as u8) as char;
            let mut row = vec![' '; width];
            row[n - i] = letter;
            row[n + i] = letter;
            row.into_iter().collect()
        })
        .collect();
    let bottom: Vec<String> = rows.iter().rev().skip(1).cloned().collect();
    rows.extend(bottom);
    rows
}

fn main() {
    for c in ['A', 'C', 'E'] {
        for row in diamond(c) {
            println!("|{}|", row);
        }
        println!();
    }
}
// expect: |A|
// expect:
// expect: |  A  |
// expect: | B B |
// expect: |C   C|
// expect: | B B |
// expect: |  A  |
// expect:
// expect: |    A    |
// expect: |   B B   |
// expect: |  C   C  |
// expect: | D     D |
// expect: |E       E|
// expect: | D     D |
// expect: |  C   C  |
// expect: |   B B   |
// expect: |    A    |
// expect:
