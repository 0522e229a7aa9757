// AoC 2017 day 1 and 2: digits matching the next (or the halfway) one, and row checksums by min/max and evenly dividing pairs.
fn captcha(s: &str, offset: usize) -> u32 {
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    let n = digits.len();
    (0..n).filter(|&i| digits[i] == digits[(i + offset) % n]).map(|i| digits[i]).sum()
}

const SHEET: &str = "5 9 2 8
9 4 7 3
3 8 6 5";

fn main() {
    for s in ["1122", "1111", "1234", "91212129"] {
        println!("{} -> {}", s, captcha(s, 1));
    }
    for s in ["1212", "1221", "123425", "123123", "12131415"] {
        println!("{} -> {}", s, captcha(s, s.len() / 2));
    }
    let rows: Vec<Vec<u32>> = SHEET.lines().map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect()).collect();
    let spread: u32 = rows.iter().map(|r| r.iter().max().unwrap() - r.iter().min().unwrap()).sum();
    let mut even = 0;
    for row in &rows {
        for (i, a) in row.iter().enumerate() {
            for (j, b) in row.iter().enumerate() {
                if i != j && a % b == 0 {
                    even += a / b;
                }
            }
        }
    }
    println!("checksum {}, even {}", spread, even);
}
// expect: 1122 -> 3
// expect: 1111 -> 4
// expect: 1234 -> 0
// expect: 91212129 -> 9
// expect: 1212 -> 6
// expect: 1221 -> 0
// expect: 123425 -> 4
// expect: 123123 -> 12
// expect: 12131415 -> 4
// expect: checksum 18, even 9
