// ISBN-10 check: hyphens skipped, X allowed only last, weighted sum with enumerate; a bad char ends via return in a loop.
fn is_valid_isbn(s: &str) -> bool {
    let chars: Vec<char> = s.chars().filter(|&c| c != '-').collect();
    if chars.len() != 10 {
        return false;
    }
    let mut sum = 0;
    for (i, &c) in chars.iter().enumerate() {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'X' if i == 9 => 10,
            _ => return false,
        };
        sum += v * (10 - i as u32);
    }
    sum % 11 == 0
}

fn main() {
    for s in ["3-598-21508-8", "3-598-21507-X", "3-598-21508-9", "3-598-2X507-9", "359821507X"] {
        println!("{s} {}", is_valid_isbn(s));
    }
}
// expect: 3-598-21508-8 true
// expect: 3-598-21507-X true
// expect: 3-598-21508-9 false
// expect: 3-598-2X507-9 false
// expect: 359821507X true
