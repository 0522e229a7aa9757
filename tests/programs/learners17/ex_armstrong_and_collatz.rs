// Exercism-style: Armstrong numbers with digit powers, and Collatz steps returning Option<u64> with checked ops.
fn is_armstrong_number(num: u32) -> bool {
    let digits: Vec<u32> = num.to_string().chars().map(|c| c.to_digit(10).unwrap()).collect();
    let len = digits.len() as u32;
    let sum: u64 = digits.iter().map(|&d| (d as u64).pow(len)).sum();
    sum == num as u64
}

fn collatz(mut n: u64) -> Option<u64> {
    if n == 0 {
        return None;
    }
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { n.checked_mul(3)?.checked_add(1)? };
        steps += 1;
    }
    Some(steps)
}

fn main() {
    for n in [0, 5, 10, 153, 100, 9474, 9475] {
        println!("{} {}", n, is_armstrong_number(n));
    }
    for n in [0, 1, 16, 12, 1000000] {
        println!("{} {:?}", n, collatz(n));
    }
}
// expect: 0 true
// expect: 5 true
// expect: 10 false
// expect: 153 true
// expect: 100 false
// expect: 9474 true
// expect: 9475 false
// expect: 0 None
// expect: 1 Some(0)
// expect: 16 Some(4)
// expect: 12 Some(9)
// expect: 1000000 Some(152)
