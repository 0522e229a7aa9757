// A generic type alias used as a struct field's type lays the field out as the aliased type.
type Grid<T> = Vec<Vec<T>>;

struct Board {
    cells: Grid<char>,
    turn: u8,
}

fn main() {
    let mut b = Board { cells: vec![vec!['.'; 3]; 3], turn: 0 };
    b.cells[1][1] = 'x';
    b.turn += 1;
    for row in &b.cells {
        println!("{}", row.iter().collect::<String>());
    }
    println!("{} {}", b.turn, std::mem::size_of::<Board>());
}
// expect: ...
// expect: .x.
// expect: ...
// expect: 1 32
