// Spiral matrix (Exercism): a square filled by turning through four directions when the next cell is out or taken.
fn spiral(n: usize) -> Vec<Vec<u32>> {
    let mut m = vec![vec![0u32; n]; n];
    let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
    for k in 1..=(n * n) as u32 {
        m[r as usize][c as usize] = k;
        let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
        if nr < 0 || nc < 0 || nr >= n as i32 || nc >= n as i32 || m[nr as usize][nc as usize] != 0 {
            d = (d + 1) % 4;
        }
        r += dirs[d].0;
        c += dirs[d].1;
    }
    m
}

fn main() {
    for n in 0..=4 {
        let m = spiral(n);
        println!("n = {}", n);
        for row in &m {
            let line: Vec<String> = row.iter().map(|v| format!("{:>2}", v)).collect();
            println!("{}", line.join(" "));
        }
    }
}
// expect: n = 0
// expect: n = 1
// expect:  1
// expect: n = 2
// expect:  1  2
// expect:  4  3
// expect: n = 3
// expect:  1  2  3
// expect:  8  9  4
// expect:  7  6  5
// expect: n = 4
// expect:  1  2  3  4
// expect: 12 13 14  5
// expect: 11 16 15  6
// expect: 10  9  8  7
