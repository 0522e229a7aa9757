// A generic Matrix<T> over Vec<T> with new, get, transpose and a map taking a closure, printed row by row.
use std::fmt::Debug;

#[derive(Debug, Clone)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Debug> Matrix<T> {
    fn new(rows: usize, cols: usize, data: Vec<T>) -> Self {
        assert_eq!(rows * cols, data.len());
        Matrix { rows, cols, data }
    }
    fn get(&self, r: usize, c: usize) -> T {
        self.data[r * self.cols + c]
    }
    fn transpose(&self) -> Matrix<T> {
        let mut data = Vec::with_capacity(self.data.len());
        for c in 0..self.cols {
            for r in 0..self.rows {
                data.push(self.get(r, c));
            }
        }
        Matrix { rows: self.cols, cols: self.rows, data }
    }
    fn map<U: Copy + Debug, F: Fn(T) -> U>(&self, f: F) -> Matrix<U> {
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().map(|&x| f(x)).collect() }
    }
    fn show(&self) {
        for r in 0..self.rows {
            let row: Vec<T> = (0..self.cols).map(|c| self.get(r, c)).collect();
            println!("{:?}", row);
        }
    }
}

fn main() {
    let m = Matrix::new(2, 3, vec![1, 2, 3, 4, 5, 6]);
    m.show();
    let t = m.transpose();
    t.show();
    let halves = m.map(|x| x as f64 / 2.0);
    halves.show();
    let flags = t.map(|x| x % 2 == 0);
    println!("{:?}", flags);
}
// expect: [1, 2, 3]
// expect: [4, 5, 6]
// expect: [1, 4]
// expect: [2, 5]
// expect: [3, 6]
// expect: [0.5, 1.0, 1.5]
// expect: [2.0, 2.5, 3.0]
// expect: Matrix { rows: 3, cols: 2, data: [false, true, true, false, false, true] }
