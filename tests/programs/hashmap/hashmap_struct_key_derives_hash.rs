// A struct deriving Hash, PartialEq and Eq can be a key; equal structs find the same entry.
use std::collections::HashMap;

#[derive(Hash, PartialEq, Eq, Debug)]
struct Cell {
    row: u8,
    col: u8,
}

fn main() {
    let mut board = HashMap::new();
    board.insert(Cell { row: 0, col: 1 }, 'X');
    board.insert(Cell { row: 2, col: 2 }, 'O');
    board.insert(Cell { row: 0, col: 1 }, 'O');
    println!("{} {:?} {:?}", board.len(), board.get(&Cell { row: 0, col: 1 }), board.get(&Cell { row: 1, col: 1 }));
}
// expect: 2 Some('O') None
