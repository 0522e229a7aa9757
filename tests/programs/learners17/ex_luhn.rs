// Exercism-style: the Luhn check over digits with spaces, doubling every second digit from the right.
fn is_valid(code: &str) -> bool {
    let stripped: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if stripped.len() <= 1 || !stripped.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = stripped
        .chars()
        .rev()
        .map(|c| c.to_digit(10).unwrap())
        .enumerate()
        .map(|(i, d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    sum % 10 == 0
}

fn main() {
    for code in ["4539 3195 0343 6467", "8273 1232 7352 0569", "0", " 0", "059", "055 444 285", "055a 444 285"] {
        println!("{:?}: {}", code, is_valid(code));
    }
}
// expect: "4539 3195 0343 6467": true
// expect: "8273 1232 7352 0569": false
// expect: "0": false
// expect: " 0": false
// expect: "059": true
// expect: "055 444 285": true
// expect: "055a 444 285": false
