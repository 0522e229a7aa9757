// Exercism-style: Pascal's triangle rows built from the previous row with windows(2).
struct PascalsTriangle {
    rows: Vec<Vec<u32>>,
}

impl PascalsTriangle {
    fn new(row_count: u32) -> Self {
        let mut rows: Vec<Vec<u32>> = Vec::new();
        for i in 0..row_count {
            if i == 0 {
                rows.push(vec![1]);
                continue;
            }
            let prev = rows.last().unwrap();
            let mut row = vec![1];
            row.extend(prev.windows(2).map(|w| w[0] + w[1]));
            row.push(1);
            rows.push(row);
        }
        PascalsTriangle { rows }
    }

    fn rows(&self) -> Vec<Vec<u32>> {
        self.rows.clone()
    }
}

fn main() {
    println!("{:?}", PascalsTriangle::new(0).rows());
    for row in PascalsTriangle::new(6).rows() {
        println!("{:?}", row);
    }
}
// expect: []
// expect: [1]
// expect: [1, 1]
// expect: [1, 2, 1]
// expect: [1, 3, 3, 1]
// expect: [1, 4, 6, 4, 1]
// expect: [1, 5, 10, 10, 5, 1]
