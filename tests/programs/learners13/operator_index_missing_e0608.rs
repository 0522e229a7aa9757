// Indexing a struct without an Index impl is E0608.
struct Row {
    cells: Vec<u8>,
}

fn main() {
    let r = Row { cells: vec![1, 2] };
    println!("{}", r[0]);
    println!("{}", r.cells.len());
}
// error: E0608 at 8:21
