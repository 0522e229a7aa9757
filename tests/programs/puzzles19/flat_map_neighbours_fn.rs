// A neighbours function returning impl Iterator via flat_map and filter_map over checked offsets; counts '@' around each cell.
fn neighbours(r: usize, c: usize, h: usize, w: usize) -> impl Iterator<Item = (usize, usize)> {
    (-1i32..=1)
        .flat_map(|dr| (-1i32..=1).map(move |dc| (dr, dc)))
        .filter(|&d| d != (0, 0))
        .filter_map(move |(dr, dc)| {
            let nr = r.checked_add_signed(dr as isize)?;
            let nc = c.checked_add_signed(dc as isize)?;
            (nr < h && nc < w).then_some((nr, nc))
        })
}

fn main() {
    let grid: Vec<&[u8]> = "..@@.\n@@@.@\n.@@@@\n@.@..".lines().map(str::as_bytes).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut accessible = 0;
    for r in 0..h {
        for c in 0..w {
            if grid[r][c] == b'@' && neighbours(r, c, h, w).filter(|&(y, x)| grid[y][x] == b'@').count() < 4 {
                accessible += 1;
            }
        }
    }
    println!("{accessible}");
}
// expect: 7
// unsupported: the method `checked_add_signed`
