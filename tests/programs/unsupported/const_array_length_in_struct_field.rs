// A constant as an array length in a struct's field is not supported yet (fields are lowered before constants are worked out): said at the type, never a made-up layout.
const N: usize = 2;
struct Grid {
    cells: [u8; N],
}
fn main() {
    let g = Grid { cells: [1; N] };
    println!("{:?}", g.cells);
}
// expect: [1, 1]
// unsupported: this array length at 4:12
