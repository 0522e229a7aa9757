// Exercism sum-of-multiples: multiples of each factor below a limit gathered, sorted and deduplicated, zero factors skipped.
fn sum_of_multiples(limit: u32, factors: &[u32]) -> u32 {
    let mut all: Vec<u32> = factors
        .iter()
        .filter(|&&f| f != 0)
        .flat_map(|&f| (f..limit).step_by(f as usize))
        .collect();
    all.sort_unstable();
    all.dedup();
    all.iter().sum()
}

fn main() {
    println!("{}", sum_of_multiples(20, &[3, 5]));
    println!("{}", sum_of_multiples(1, &[3, 5]));
    println!("{}", sum_of_multiples(100, &[7, 13, 17]));
    println!("{}", sum_of_multiples(10000, &[2, 3, 5, 7, 11]));
    println!("{}", sum_of_multiples(50, &[0, 3]));
}
// expect: 78
// expect: 0
// expect: 1263
// expect: 39614537
// expect: 408
