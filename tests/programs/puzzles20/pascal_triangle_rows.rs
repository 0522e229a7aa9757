// Pascal's triangle (Exercism): each row built from the last one's windows, extend then push.
struct PascalsTriangle {
    rows: u32,
}

impl PascalsTriangle {
    fn new(rows: u32) -> Self {
        PascalsTriangle { rows }
    }

    fn rows(&self) -> Vec<Vec<u32>> {
        let mut out: Vec<Vec<u32>> = Vec::new();
        for i in 0..self.rows {
            let row = match out.last() {
                None => vec![1],
                Some(prev) => {
                    let mut r = vec![1];
                    r.extend(prev.windows(2).map(|w| w[0] + w[1]));
                    r.push(1);
                    r
                }
            };
            let _ = i;
            out.push(row);
        }
        out
    }
}

fn main() {
    let t = PascalsTriangle::new(6);
    for row in t.rows() {
        println!("{:?}", row);
    }
    println!("{}", PascalsTriangle::new(0).rows().len());
}
// expect: [1]
// expect: [1, 1]
// expect: [1, 2, 1]
// expect: [1, 3, 3, 1]
// expect: [1, 4, 6, 4, 1]
// expect: [1, 5, 10, 10, 5, 1]
// expect: 0
