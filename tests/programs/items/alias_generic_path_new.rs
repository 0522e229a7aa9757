// A std function called through a generic type alias (`Grid::new()`) is Vec::new with the alias's type, its argument inferred from the `let`.
type Grid<T> = Vec<Vec<T>>;

fn main() {
    let mut g: Grid<u8> = Grid::new();
    g.push(vec![1, 2]);
    println!("{:?} {}", g, g.capacity());
}
// expect: [[1, 2]] 4
