// A board game's move: the `match` looks the cell up through a borrow and the arm that finds it empty writes the cell, while the arm that finds it taken prints the reference; the arms exclude each other, so rustc accepts it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell { Empty, X, O }

struct Board { cells: [[Cell; 3]; 3] }

impl Board {
    fn play(&mut self, r: usize, c: usize, who: Cell) -> Result<(), String> {
        match self.cells.get(r).and_then(|row| row.get(c)) {
            None => Err(format!("({}, {}) is off the board", r, c)),
            Some(Cell::Empty) => {
                self.cells[r][c] = who;
                Ok(())
            }
            Some(other) => Err(format!("taken by {:?}", other)),
        }
    }
}

fn main() {
    let mut b = Board { cells: [[Cell::Empty; 3]; 3] };
    println!("{:?}", b.play(1, 1, Cell::X));
    println!("{:?}", b.play(1, 1, Cell::O));
    println!("{:?}", b.play(3, 0, Cell::O));
    println!("{:?}", b.cells[1]);
}
// expect: Ok(())
// expect: Err("taken by X")
// expect: Err("(3, 0) is off the board")
// expect: [Empty, X, Empty]
