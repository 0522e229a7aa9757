// A generic Matrix<T> with Add via a trait bound on T: Add<Output = T> + Copy, Display with widths, transpose.
use std::fmt;
use std::ops::Add;

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Default> Matrix<T> {
    fn from_rows(rows: Vec<Vec<T>>) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        Matrix { rows: r, cols: c, data: rows.into_iter().flatten().collect() }
    }
    fn get(&self, r: usize, c: usize) -> T {
        self.data[r * self.cols + c]
    }
    fn transpose(&self) -> Matrix<T> {
        let mut data = vec![T::default(); self.data.len()];
        for r in 0..self.rows {
            for c in 0..self.cols {
                data[c * self.rows + r] = self.get(r, c);
            }
        }
        Matrix { rows: self.cols, cols: self.rows, data }
    }
}

impl<T: Add<Output = T> + Copy> Add for Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, other: Matrix<T>) -> Matrix<T> {
        let data = self.data.iter().zip(other.data.iter()).map(|(&a, &b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl<T: fmt::Display> fmt::Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>4}", self.data[r * self.cols + c])).collect();
            writeln!(f, "[{}]", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(vec![vec![1, 2, 3], vec![4, 5, 6]]);
    let b = Matrix::from_rows(vec![vec![10, 20, 30], vec![40, 50, 60]]);
    print!("{}", a.clone() + b);
    print!("{}", a.transpose());
    let f = Matrix::from_rows(vec![vec![0.5, 1.5]]);
    print!("{}", f.clone() + f);
}
// expect: [  11  22  33]
// expect: [  44  55  66]
// expect: [   1   4]
// expect: [   2   5]
// expect: [   3   6]
// expect: [   1   3]
