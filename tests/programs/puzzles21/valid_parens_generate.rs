// LeetCode 22 and 32: generate balanced parentheses by backtracking into a String, and the longest valid run with a stack of indices.
fn generate(n: usize, open: usize, close: usize, cur: &mut String, out: &mut Vec<String>) {
    if cur.len() == 2 * n {
        out.push(cur.clone());
        return;
    }
    if open < n {
        cur.push('(');
        generate(n, open + 1, close, cur, out);
        cur.pop();
    }
    if close < open {
        cur.push(')');
        generate(n, open, close + 1, cur, out);
        cur.pop();
    }
}

fn longest_valid(s: &str) -> usize {
    let mut stack: Vec<i64> = vec![-1];
    let mut best = 0;
    for (i, c) in s.chars().enumerate() {
        if c == '(' {
            stack.push(i as i64);
        } else {
            stack.pop();
            match stack.last() {
                Some(&top) => best = best.max(i as i64 - top),
                None => stack.push(i as i64),
            }
        }
    }
    best as usize
}

fn main() {
    for n in 1..=3 {
        let mut out = Vec::new();
        generate(n, 0, 0, &mut String::new(), &mut out);
        println!("{}: {:?}", n, out);
    }
    for s in ["(()", ")()())", "", "()(()", "((()))())"] {
        println!("{:?} -> {}", s, longest_valid(s));
    }
}
// expect: 1: ["()"]
// expect: 2: ["(())", "()()"]
// expect: 3: ["((()))", "(()())", "(())()", "()(())", "()()()"]
// expect: "(()" -> 2
// expect: ")()())" -> 4
// expect: "" -> 0
// expect: "()(()" -> 2
// expect: "((()))())" -> 8
