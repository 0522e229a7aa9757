// A generic function may pass its own type parameter to a generic type alias.
type Grid<T> = Vec<Vec<T>>;

fn filled<T: Clone>(w: usize, h: usize, v: T) -> Grid<T> {
    vec![vec![v; w]; h]
}

fn cells<T>(g: &Grid<T>) -> usize {
    g.iter().map(|r| r.len()).sum()
}

fn main() {
    let g = filled(2, 3, 'z');
    println!("{} {:?}", cells(&g), g[2]);
}
// expect: 6 ['z', 'z']
