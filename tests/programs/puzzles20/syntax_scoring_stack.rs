// Syntax scoring (AoC 2021 day 10): a stack of expected closers, Result<Vec<char>, char> per line, completion scores folded and sorted.
fn check(line: &str) -> Result<Vec<char>, char> {
    let mut stack = Vec::new();
    for c in line.chars() {
        match c {
            '(' => stack.push(')'),
            '[' => stack.push(']'),
            '{' => stack.push('}'),
            '<' => stack.push('>'),
            _ => {
                if stack.pop() != Some(c) {
                    return Err(c);
                }
            }
        }
    }
    Ok(stack)
}

fn main() {
    let input = "[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]";
    let mut error_score = 0;
    let mut completions: Vec<u64> = Vec::new();
    for line in input.lines() {
        match check(line) {
            Err(c) => {
                error_score += match c {
                    ')' => 3,
                    ']' => 57,
                    '}' => 1197,
                    '>' => 25137,
                    _ => 0,
                };
            }
            Ok(rest) => {
                let s = rest.iter().rev().fold(0u64, |acc, c| {
                    acc * 5 + " )]}>".find(*c).unwrap() as u64
                });
                let closing: String = rest.iter().rev().collect();
                println!("{} {}", closing, s);
                completions.push(s);
            }
        }
    }
    completions.sort();
    println!("{} {}", error_score, completions[completions.len() / 2]);
}
// expect: }}]])})] 288957
// expect: )}>]}) 5566
// expect: }}>}>)))) 1480781
// expect: ]]}}]}]}> 995444
// expect: ])}> 294
// expect: 26397 288957
