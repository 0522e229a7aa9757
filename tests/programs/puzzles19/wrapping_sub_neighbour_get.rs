// Neighbours with wrapping_sub: a wrapped index is huge, so get() returns None and the edge is skipped.
fn main() {
    let grid: Vec<Vec<char>> = "#.#\n...\n#.#".lines().map(|l| l.chars().collect()).collect();
    for r in 0..3usize {
        let mut line = String::new();
        for c in 0..3usize {
            let mut n = 0;
            for (dr, dc) in [(usize::MAX, 0), (1, 0), (0, usize::MAX), (0, 1)] {
                let nr = r.wrapping_add(dr);
                let nc = c.wrapping_add(dc);
                if grid.get(nr).and_then(|row| row.get(nc)) == Some(&'#') {
                    n += 1;
                }
            }
            line.push(char::from_digit(n, 10).unwrap());
        }
        println!("{line}");
    }
    println!("{}", 0usize.wrapping_sub(1) == usize::MAX);
}
// expect: 020
// expect: 202
// expect: 020
// expect: true
