// A generic type alias given two type arguments where it declares one is error E0107.
type Grid<T> = Vec<Vec<T>>;

fn main() {
    let g: Grid<u8, u8> = vec![];
    println!("{}", g.len());
}
// error: E0107 at 5:12
