// A generic type alias `Grid<T>` names `Vec<Vec<T>>` in a signature and a `let`; it is the same type.
type Grid<T> = Vec<Vec<T>>;

fn make(w: usize, h: usize) -> Grid<u8> {
    vec![vec![0; w]; h]
}

fn main() {
    let mut g: Grid<u8> = make(3, 2);
    g[1][2] = 7;
    let plain: Vec<Vec<u8>> = g;
    println!("{:?}", plain);
}
// expect: [[0, 0, 0], [0, 0, 7]]
