// A `usize` constant sizes an array field of a struct and the repeat expression that fills it.
const N: usize = 2;
struct Grid {
    cells: [u8; N],
}
fn main() {
    let g = Grid { cells: [1; N] };
    println!("{:?}", g.cells);
}
// expect: [1, 1]
