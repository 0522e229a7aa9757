// Rust-by-Example-style: `continue` as a match arm's value (type `!`) while summing odd numbers, and a `-> !` function.
fn sum_odd_numbers(up_to: u32) -> u32 {
    let mut acc = 0;
    for i in 0..up_to {
        let addition: u32 = match i % 2 == 1 {
            true => i,
            false => continue,
        };
        acc += addition;
    }
    acc
}

fn never_returns() -> ! {
    panic!("This call never returns.");
}

fn main() {
    println!("Sum of odd numbers up to 9 (excluding): {}", sum_odd_numbers(9));
    let x: u32 = if sum_odd_numbers(3) > 100 { 1 } else { never_returns() };
    println!("{}", x);
}
// expect: Sum of odd numbers up to 9 (excluding): 16
// panic: This call never returns.
// panic-at: 15:5
