// A `continue` in a match arm has type `!` and fits where a u32 is expected.
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

fn main() {
    println!("Sum of odd numbers up to 9 (excluding): {}", sum_odd_numbers(9));
}
// expect: Sum of odd numbers up to 9 (excluding): 16
