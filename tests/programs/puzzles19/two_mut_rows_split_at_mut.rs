// split_at_mut gives two mutable halves of a grid at once, the fix for two &mut rows.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let (top, rest) = grid.split_at_mut(1);
    std::mem::swap(&mut top[0][0], &mut rest[1][1]);
    grid.swap(1, 2);
    println!("{:?}", grid);
}
// expect: [[6, 2], [5, 1], [3, 4]]
