// Exercism-style: prime factors by repeated division, u64 arithmetic.
fn factors(n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut n = n;
    let mut d = 2;
    while n > 1 {
        while n % d == 0 {
            out.push(d);
            n /= d;
        }
        d += 1;
        if d * d > n && n > 1 {
            out.push(n);
            break;
        }
    }
    out
}

fn main() {
    for n in [1, 2, 9, 8, 12, 901255, 93819012551] {
        println!("{} {:?}", n, factors(n));
    }
}
// expect: 1 []
// expect: 2 [2]
// expect: 9 [3, 3]
// expect: 8 [2, 2, 2]
// expect: 12 [2, 2, 3]
// expect: 901255 [5, 17, 23, 461]
// expect: 93819012551 [11, 9539, 894119]
