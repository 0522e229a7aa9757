// A constant defined from another (`const AREA: usize = SIDE * SIDE;`) sizes an array in a signature.
const SIDE: usize = 2;
const AREA: usize = SIDE * SIDE;

fn flatten(g: [[char; SIDE]; SIDE]) -> [char; AREA] {
    let mut out = [' '; AREA];
    for r in 0..SIDE {
        for c in 0..SIDE {
            out[r * SIDE + c] = g[r][c];
        }
    }
    out
}

fn main() {
    println!("{:?}", flatten([['a', 'b'], ['c', 'd']]));
}
// expect: ['a', 'b', 'c', 'd']
