// First and last digit of each line with chars().find and to_digit, combined into a two-digit number and summed.
const INPUT: &str = "1abc2\npqr3stu8vwx\na1b2c3d4e5f\ntreb7uchet";

fn main() {
    let mut total = 0u32;
    for line in INPUT.lines() {
        let first = line.chars().find(|c| c.is_ascii_digit()).unwrap().to_digit(10).unwrap();
        let last = line.chars().rev().find_map(|c| c.to_digit(10)).unwrap();
        println!("{line}: {}", first * 10 + last);
        total += first * 10 + last;
    }
    println!("total {total}");
}
// expect: 1abc2: 12
// expect: pqr3stu8vwx: 38
// expect: a1b2c3d4e5f: 15
// expect: treb7uchet: 77
// expect: total 142
