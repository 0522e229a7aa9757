// Balanced brackets with a Vec<char> stack: push openers, pop and compare closers with matches!.
fn balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let open = stack.pop();
                if !matches!((open, c), (Some('('), ')') | (Some('['), ']') | (Some('{'), '}')) {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    for s in ["{[()]}", "([)]", "((", "x(y)z]", ""] {
        println!("{s:?} {}", balanced(s));
    }
}
// expect: "{[()]}" true
// expect: "([)]" false
// expect: "((" false
// expect: "x(y)z]" false
// expect: "" true
