// Claw contraption (AoC 2024 day 13): numbers split out of each line with a char predicate, each machine solved by Cramer's rule in i64.
fn numbers(line: &str) -> (i64, i64) {
    let nums: Vec<i64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    (nums[0], nums[1])
}

fn solve(a: (i64, i64), b: (i64, i64), p: (i64, i64)) -> Option<i64> {
    let det = a.0 * b.1 - a.1 * b.0;
    if det == 0 {
        return None;
    }
    let x = p.0 * b.1 - p.1 * b.0;
    let y = a.0 * p.1 - a.1 * p.0;
    if x % det != 0 || y % det != 0 {
        return None;
    }
    Some(3 * (x / det) + y / det)
}

fn main() {
    let input = "Button A: X+94, Y+34
Button B: X+22, Y+67
Prize: X=8400, Y=5400

Button A: X+26, Y+66
Button B: X+67, Y+21
Prize: X=12748, Y=12176

Button A: X+17, Y+86
Button B: X+84, Y+37
Prize: X=7870, Y=6450";
    let mut total = 0;
    let mut far = 0;
    for block in input.split("\n\n") {
        let lines: Vec<&str> = block.lines().collect();
        let a = numbers(lines[0]);
        let b = numbers(lines[1]);
        let p = numbers(lines[2]);
        let cost = solve(a, b, p);
        println!("{:?}", cost);
        total += cost.unwrap_or(0);
        far += solve(a, b, (p.0 + 10000000000000, p.1 + 10000000000000)).unwrap_or(0);
    }
    println!("{} {}", total, far);
}
// expect: Some(280)
// expect: None
// expect: Some(200)
// expect: 480 459236326669
