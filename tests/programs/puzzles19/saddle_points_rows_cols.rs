// Saddle points: the max of its row and min of its column; iter().max() per row and a column via map over rows.
fn saddle_points(m: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, row) in m.iter().enumerate() {
        let row_max = row.iter().max();
        for (c, v) in row.iter().enumerate() {
            let col_min = m.iter().map(|row| row[c]).min().unwrap();
            if Some(v) == row_max && *v == col_min {
                out.push((r, c));
            }
        }
    }
    out
}

fn main() {
    let m = vec![vec![9, 8, 7], vec![5, 3, 2], vec![6, 6, 7]];
    println!("{:?}", saddle_points(&m));
    let flat = vec![vec![1, 1], vec![1, 1]];
    println!("{:?}", saddle_points(&flat));
}
// expect: [(1, 0)]
// expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
