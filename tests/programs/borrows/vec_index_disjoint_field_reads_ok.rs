// Indexing one field's Vec mutably while the index reads other fields (`self.items[self.count]`) runs: the borrows are disjoint.
struct Board {
    items: Vec<Vec<i32>>,
    count: usize,
    pos: (usize, usize),
    grid: Vec<Vec<char>>,
}

impl Board {
    fn step(&mut self) {
        self.items[self.count].push(1);
        self.grid[self.pos.0][self.pos.1] = 'x';
        self.count += 1;
    }
}

fn main() {
    let mut b = Board { items: vec![vec![], vec![]], count: 0, pos: (0, 1), grid: vec![vec!['.'; 2]; 2] };
    b.step();
    b.items[b.count].push(5);
    println!("{:?} {:?}", b.items, b.grid);
}
// expect: [[1], [5]] [['.', 'x'], ['.', '.']]
