// A generic type alias may name another: `Grid<T>` is `Vec<Row<T>>` is `Vec<Vec<T>>`.
type Row<T> = Vec<T>;
type Grid<T> = Vec<Row<T>>;

fn transpose(g: &Grid<i32>) -> Grid<i32> {
    let mut out: Grid<i32> = Vec::new();
    for c in 0..g[0].len() {
        let mut row: Row<i32> = Vec::new();
        for r in g {
            row.push(r[c]);
        }
        out.push(row);
    }
    out
}

fn main() {
    let g = vec![vec![1, 2, 3], vec![4, 5, 6]];
    println!("{:?}", transpose(&g));
}
// expect: [[1, 4], [2, 5], [3, 6]]
