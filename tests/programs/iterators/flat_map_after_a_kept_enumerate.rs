// flat_map (and scan) on a kept adapter (`grid.iter().enumerate()`): the closure's iterator decides the items, not the adapter's inner iterator (a false E0277 naming `slice::Iter` as the item before).
fn main() {
    let grid = vec![vec![3, 0, 7], vec![1, 9, 2]];
    let cells: Vec<(i32, usize, usize)> = grid
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, &v)| (v, r, c)))
        .collect();
    println!("{:?}", cells);
    let best = grid.iter().enumerate().flat_map(|(r, row)| row.iter().map(move |&v| (v, r))).max();
    println!("{:?}", best);
    let running: Vec<usize> = grid.iter().enumerate().scan(0, |acc, (i, row)| {
        *acc += i * row.len();
        Some(*acc)
    }).collect();
    println!("{:?}", running);
}
// expect: [(3, 0, 0), (0, 0, 1), (7, 0, 2), (1, 1, 0), (9, 1, 1), (2, 1, 2)]
// expect: Some((9, 1))
// expect: [0, 3]
