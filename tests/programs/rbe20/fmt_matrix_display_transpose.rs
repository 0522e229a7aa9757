// A Matrix's Display writing rows with write! and ? and right-aligned cells, then its transpose built with vec![vec![0; n]; m].
use std::fmt;

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl Matrix {
    fn transpose(&self) -> Matrix {
        let n = self.rows.len();
        let m = self.rows[0].len();
        let mut rows = vec![vec![0; n]; m];
        for i in 0..n {
            for j in 0..m {
                rows[j][i] = self.rows[i][j];
            }
        }
        Matrix { rows }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            write!(f, "[")?;
            for (i, x) in row.iter().enumerate() {
                if i > 0 {
                    write!(f, " ")?;
                }
                write!(f, "{:>3}", x)?;
            }
            writeln!(f, "]")?;
        }
        Ok(())
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1, 2, 3], vec![40, 50, 60]] };
    print!("{}", m);
    print!("{}", m.transpose());
}
// expect: [  1   2   3]
// expect: [ 40  50  60]
// expect: [  1  40]
// expect: [  2  50]
// expect: [  3  60]
