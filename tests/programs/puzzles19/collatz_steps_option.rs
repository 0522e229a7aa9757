// Exercism's Collatz: steps to reach 1 as Option<u64>, None for zero; a while loop with % and /.
fn collatz(mut n: u64) -> Option<u64> {
    if n == 0 {
        return None;
    }
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    Some(steps)
}

fn main() {
    for n in [0, 1, 12, 27] {
        println!("{n}: {:?}", collatz(n));
    }
}
// expect: 0: None
// expect: 1: Some(0)
// expect: 12: Some(9)
// expect: 27: Some(111)
