// Borrowing a struct's field (its grid row) and then calling a &mut self method is rejected (E0502).
struct Board {
    cells: Vec<Vec<u8>>,
    moves: u32,
}

impl Board {
    fn bump(&mut self) {
        self.moves += 1;
    }
}

fn main() {
    let mut b = Board { cells: vec![vec![0; 2]; 2], moves: 0 };
    let row = &b.cells[0];
    b.bump();
    println!("{:?} {}", row, b.moves);
}
// error: E0502 at 16:5
