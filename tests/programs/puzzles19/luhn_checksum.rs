// Exercism's Luhn: digits from the right with rev().enumerate(), doubled every second, spaces skipped, rejecting non-digits.
fn is_valid(code: &str) -> bool {
    let digits: Option<Vec<u32>> = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10))
        .collect();
    let Some(digits) = digits else { return false };
    if digits.len() < 2 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    sum % 10 == 0
}

fn main() {
    for code in ["4539 3195 0343 6467", "8273 1232 7352 0569", "0", "059a", " 0 0 "] {
        println!("{code:?}: {}", is_valid(code));
    }
}
// expect: "4539 3195 0343 6467": true
// expect: "8273 1232 7352 0569": false
// expect: "0": false
// expect: "059a": false
// expect: " 0 0 ": true
