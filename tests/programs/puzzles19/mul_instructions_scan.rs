// Scanning for "mul(a,b)" by hand: find, strip_prefix, split_once and all-digit checks; do()/don't() toggle.
fn main() {
    let mut s = "xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))";
    let mut enabled = true;
    let mut total = 0;
    while !s.is_empty() {
        if s.starts_with("do()") {
            enabled = true;
        } else if s.starts_with("don't()") {
            enabled = false;
        } else if let Some(rest) = s.strip_prefix("mul(") {
            if let Some(end) = rest.find(')') {
                if let Some((a, b)) = rest[..end].split_once(',') {
                    let ok = |t: &str| !t.is_empty() && t.len() <= 3 && t.bytes().all(|c| c.is_ascii_digit());
                    if ok(a) && ok(b) && enabled {
                        total += a.parse::<i32>().unwrap() * b.parse::<i32>().unwrap();
                    }
                }
            }
        }
        let mut chars = s.chars();
        chars.next();
        s = chars.as_str();
    }
    println!("{total}");
}
// expect: 48
