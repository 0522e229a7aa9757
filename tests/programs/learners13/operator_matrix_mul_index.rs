// A 2x2 Matrix with Mul for matrix products, Index<(usize, usize)> and Display printing rows.
use std::fmt;
use std::ops::{Index, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix {
    m: [[i32; 2]; 2],
}

impl Mul for Matrix {
    type Output = Matrix;
    fn mul(self, o: Matrix) -> Matrix {
        let mut r = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    r[i][j] += self.m[i][k] * o.m[k][j];
                }
            }
        }
        Matrix { m: r }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.m[r][c]
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.m.iter() {
            writeln!(f, "[{:>4} {:>4}]", row[0], row[1])?;
        }
        Ok(())
    }
}

fn main() {
    let fib = Matrix { m: [[1, 1], [1, 0]] };
    let mut p = fib;
    for n in 2..=6 {
        p = p * fib;
        println!("fib^{}: F = {}", n, p[(0, 1)]);
    }
    print!("{}", p);
    println!("{:?}", p * Matrix { m: [[1, 0], [0, 1]] } == p);
}
// expect: fib^2: F = 1
// expect: fib^3: F = 2
// expect: fib^4: F = 3
// expect: fib^5: F = 5
// expect: fib^6: F = 8
// expect: [  13    8]
// expect: [   8    5]
// expect: true
