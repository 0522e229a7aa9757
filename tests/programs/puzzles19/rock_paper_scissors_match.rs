// Lines of two letters scored with match on a tuple of chars; split_whitespace and next().
const INPUT: &str = "A Y\nB X\nC Z";

fn score(them: char, me: char) -> u32 {
    let shape = match me {
        'X' => 1,
        'Y' => 2,
        'Z' => 3,
        _ => unreachable!(),
    };
    let outcome = match (them, me) {
        ('A', 'Y') | ('B', 'Z') | ('C', 'X') => 6,
        ('A', 'X') | ('B', 'Y') | ('C', 'Z') => 3,
        _ => 0,
    };
    shape + outcome
}

fn main() {
    let total: u32 = INPUT
        .lines()
        .map(|l| {
            let mut it = l.split_whitespace();
            let a = it.next().unwrap().chars().next().unwrap();
            let b = it.next().unwrap().chars().next().unwrap();
            score(a, b)
        })
        .sum();
    println!("{}", total);
}
// expect: 15
