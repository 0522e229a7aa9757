// AoC 2015 day 1: parentheses move Santa up and down; the final floor and the first position reaching the basement.
const INPUTS: [&str; 6] = ["(())", "(((", "))(((((", "())", ")))", "()())"];

fn floor(s: &str) -> i32 {
    s.chars().map(|c| if c == '(' { 1 } else { -1 }).sum()
}

fn basement(s: &str) -> Option<usize> {
    let mut level = 0;
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' => level += 1,
            ')' => level -= 1,
            _ => unreachable!(),
        }
        if level < 0 {
            return Some(i + 1);
        }
    }
    None
}

fn main() {
    for s in INPUTS {
        let b = basement(s).map_or("never".to_string(), |p| p.to_string());
        println!("{:>8}: floor {:>2}, basement at {}", s, floor(s), b);
    }
}
// expect:     (()): floor  0, basement at never
// expect:      (((: floor  3, basement at never
// expect:  ))(((((: floor  3, basement at 1
// expect:      ()): floor -1, basement at 3
// expect:      ))): floor -3, basement at 1
// expect:    ()()): floor -1, basement at 5
