// An array length computed with a cast (`N as usize` of a `u8` constant) is outside the subset: said at the type, never a made-up layout.
const N: u8 = 2;

struct Grid {
    cells: [u8; N as usize],
}

fn main() {
    let g = Grid { cells: [1, 2] };
    println!("{:?}", g.cells);
}
// expect: [1, 2]
// unsupported: this array length at 5:12
