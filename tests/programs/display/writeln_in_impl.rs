// writeln! inside fmt writes its line and a newline; `?` passes on the fmt::Result of each write.
use std::fmt;

struct Grid {
    rows: Vec<Vec<u8>>,
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            for cell in row {
                write!(f, "{} ", cell)?;
            }
            writeln!(f)?;
        }
        writeln!(f, "({} rows)", self.rows.len())
    }
}

fn main() {
    let g = Grid { rows: vec![vec![1, 2, 3], vec![4, 5, 6]] };
    print!("{}", g);
    println!("done");
}
// expect: 1 2 3 
// expect: 4 5 6 
// expect: (2 rows)
// expect: done
