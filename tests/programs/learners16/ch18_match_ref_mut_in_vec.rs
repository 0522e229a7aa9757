// Matching each &mut enum in a Vec to change payloads in place.
#[derive(Debug)]
enum Cell {
    Empty,
    Count(u32),
}

fn main() {
    let mut cells = vec![Cell::Empty, Cell::Count(1), Cell::Count(5)];
    for c in cells.iter_mut() {
        match c {
            Cell::Count(n) if *n > 2 => *n = 0,
            Cell::Count(n) => *n += 1,
            Cell::Empty => *c = Cell::Count(9),
        }
    }
    println!("{:?}", cells);
}
// expect: [Count(9), Count(2), Count(0)]
