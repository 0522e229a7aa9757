// Associated functions called through a type alias of a std type: `Grid::new()`, `Grid::with_capacity(3)`.
type Grid = Vec<Vec<u8>>;
type Row = Vec<u8>;

fn main() {
    let mut g = Grid::new();
    let mut row = Row::with_capacity(3);
    row.push(1);
    row.push(2);
    g.push(row);
    let mut h = Grid::with_capacity(3);
    h.push(vec![9]);
    println!("{:?} {:?} {}", g, h, h.capacity());
}
// expect: [[1, 2]] [[9]] 3
