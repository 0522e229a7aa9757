// Exercism-style: nth prime by trial division, and the sum of multiples below a limit via any().
fn is_prime(n: u32) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn nth(n: u32) -> u32 {
    (2..).filter(|&x| is_prime(x)).nth(n as usize).unwrap()
}

fn sum_of_multiples(limit: u32, factors: &[u32]) -> u32 {
    (1..limit).filter(|n| factors.iter().any(|&f| f != 0 && n % f == 0)).sum()
}

fn main() {
    println!("{} {} {}", nth(0), nth(1), nth(25));
    println!("{}", sum_of_multiples(20, &[3, 5]));
    println!("{}", sum_of_multiples(1000, &[7, 13, 17]));
    println!("{}", sum_of_multiples(1, &[0]));
}
// expect: 2 3 101
// expect: 78
// expect: 126697
// expect: 0
