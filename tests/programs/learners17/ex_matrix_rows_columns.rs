// Exercism-style: a Matrix parsed from text into rows, answering row(i) and column(i) as Option<Vec<u32>>.
struct Matrix {
    rows: Vec<Vec<u32>>,
}

impl Matrix {
    fn new(input: &str) -> Self {
        let rows = input
            .lines()
            .map(|line| line.split_whitespace().map(|n| n.parse().unwrap()).collect())
            .collect();
        Matrix { rows }
    }

    fn row(&self, row_no: usize) -> Option<Vec<u32>> {
        self.rows.get(row_no.checked_sub(1)?).cloned()
    }

    fn column(&self, col_no: usize) -> Option<Vec<u32>> {
        let idx = col_no.checked_sub(1)?;
        self.rows.iter().map(|r| r.get(idx).copied()).collect()
    }
}

fn main() {
    let m = Matrix::new("9 8 7\n5 3 2\n6 6 7");
    println!("{:?}", m.row(1));
    println!("{:?}", m.row(3));
    println!("{:?}", m.row(4));
    println!("{:?}", m.column(2));
    println!("{:?}", m.column(0));
    println!("{:?}", m.column(4));
}
// expect: Some([9, 8, 7])
// expect: Some([6, 6, 7])
// expect: None
// expect: Some([8, 3, 6])
// expect: None
// expect: None
