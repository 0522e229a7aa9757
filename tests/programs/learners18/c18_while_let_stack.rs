// while let popping a Vec used as a stack, and a bracket checker built on it.
fn balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if stack.pop() != Some(want) {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    for s in ["(a[b]{c})", "(]", "((", ""] {
        println!("{s:?} {}", balanced(s));
    }
}
// expect: 3
// expect: 2
// expect: 1
// expect: "(a[b]{c})" true
// expect: "(]" false
// expect: "((" false
// expect: "" true
