// Lanternfish (AoC 2021 day 6): timers counted in a [u64; 9] advanced with rotate_left.
fn simulate(fish: &[usize], days: usize) -> u64 {
    let mut timers = [0u64; 9];
    for &f in fish {
        timers[f] += 1;
    }
    for _ in 0..days {
        timers.rotate_left(1);
        timers[6] += timers[8];
    }
    timers.iter().sum()
}

fn main() {
    let input = "3,4,3,1,2";
    let fish: Vec<usize> = input.split(',').map(|s| s.trim().parse().unwrap()).collect();
    println!("{}", simulate(&fish, 18));
    println!("{}", simulate(&fish, 80));
    println!("{}", simulate(&fish, 256));
}
// expect: 26
// expect: 5934
// expect: 26984457539
