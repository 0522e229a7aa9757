// A generic type alias written without its type argument is error E0107.
type Grid<T> = Vec<Vec<T>>;

fn count(g: &Grid) -> usize {
    g.len()
}

fn main() {
    println!("{}", count(&vec![vec![1]]));
}
// error: E0107 at 4:14
