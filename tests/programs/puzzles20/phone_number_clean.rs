// Phone number (Exercism): digits filtered out, a leading 1 dropped by a guarded match arm, area and exchange codes checked as bytes.
fn number(user_number: &str) -> Option<String> {
    let digits: String = user_number.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = match digits.len() {
        10 => digits,
        11 if digits.starts_with('1') => digits[1..].to_string(),
        _ => return None,
    };
    let bytes = digits.as_bytes();
    if bytes[0] < b'2' || bytes[3] < b'2' {
        return None;
    }
    if user_number.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    Some(digits)
}

fn main() {
    for n in ["(223) 456-7890", "223.456.7890", "1 223 456 7890", "22234567890", "(023) 456-7890", "123-abc-7890", "321234567890"] {
        println!("{:>16} -> {:?}", n, number(n));
    }
}
// expect:   (223) 456-7890 -> Some("2234567890")
// expect:     223.456.7890 -> Some("2234567890")
// expect:   1 223 456 7890 -> Some("2234567890")
// expect:      22234567890 -> None
// expect:   (023) 456-7890 -> None
// expect:     123-abc-7890 -> None
// expect:     321234567890 -> None
