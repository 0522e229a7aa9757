// A Matrix struct with transpose and Add and Mul implemented for &Matrix; a constructor's assert_eq! with a message panics on bad dimensions.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize, data: Vec<i64>) -> Self {
        assert_eq!(data.len(), rows * cols, "bad dimensions");
        Matrix { rows, cols, data }
    }
    fn get(&self, r: usize, c: usize) -> i64 {
        self.data[r * self.cols + c]
    }
    fn transpose(&self) -> Matrix {
        let mut d = Vec::with_capacity(self.data.len());
        for c in 0..self.cols {
            for r in 0..self.rows {
                d.push(self.get(r, c));
            }
        }
        Matrix::new(self.cols, self.rows, d)
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        Matrix::new(self.rows, self.cols, self.data.iter().zip(&o.data).map(|(a, b)| a + b).collect())
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut d = vec![0; self.rows * o.cols];
        for i in 0..self.rows {
            for j in 0..o.cols {
                d[i * o.cols + j] = (0..self.cols).map(|k| self.get(i, k) * o.get(k, j)).sum();
            }
        }
        Matrix::new(self.rows, o.cols, d)
    }
}

fn main() {
    let a = Matrix::new(2, 3, vec![1, 2, 3, 4, 5, 6]);
    let t = a.transpose();
    println!("{:?}", t);
    println!("{:?}", &a * &t);
    println!("{:?}", (&a + &a).data);
    let bad = Matrix::new(2, 2, vec![1, 2, 3]);
    println!("{:?}", bad);
}
// expect: Matrix { rows: 3, cols: 2, data: [1, 4, 2, 5, 3, 6] }
// expect: Matrix { rows: 2, cols: 2, data: [14, 32, 32, 77] }
// expect: [2, 4, 6, 8, 10, 12]
// panic: assertion `left == right` failed: bad dimensions
// panic-at: 13:9
