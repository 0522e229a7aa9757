// AoC 2016 day 3: valid triangles by rows and by columns read three rows at a time.
const INPUT: &str = "  5 10 25
101 301 501
  3  4  5
 10  2  9
102 302 502
103 303 503
201 401 601
202 402 602
203 403 603";

fn valid(t: [u32; 3]) -> bool {
    let mut s = t;
    s.sort();
    s[0] + s[1] > s[2]
}

fn main() {
    let rows: Vec<[u32; 3]> = INPUT
        .lines()
        .map(|l| {
            let n: Vec<u32> = l.split_whitespace().map(|x| x.parse().unwrap()).collect();
            [n[0], n[1], n[2]]
        })
        .collect();
    let by_rows = rows.iter().filter(|t| valid(**t)).count();
    let mut by_cols = 0;
    for group in rows.chunks(3) {
        for col in 0..3 {
            if valid([group[0][col], group[1][col], group[2][col]]) {
                by_cols += 1;
            }
        }
    }
    println!("rows: {}, columns: {}", by_rows, by_cols);
}
// expect: rows: 5, columns: 6
