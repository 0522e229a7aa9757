// Wordy (Exercism): a question parsed with strip_prefix, strip_suffix and `?` on Options, operations read from a slice iterator with while let.
fn answer(command: &str) -> Option<i32> {
    let body = command.strip_prefix("What is ")?.strip_suffix('?')?;
    let tokens: Vec<&str> = body.split_whitespace().collect();
    let mut iter = tokens.iter();
    let mut acc: i32 = iter.next()?.parse().ok()?;
    while let Some(&op) = iter.next() {
        let op = match op {
            "plus" | "minus" => op,
            "multiplied" | "divided" => {
                if iter.next() != Some(&"by") {
                    return None;
                }
                op
            }
            _ => return None,
        };
        let n: i32 = iter.next()?.parse().ok()?;
        acc = match op {
            "plus" => acc + n,
            "minus" => acc - n,
            "multiplied" => acc * n,
            _ => acc / n,
        };
    }
    Some(acc)
}

fn main() {
    for q in ["What is 5?", "What is 1 plus 1?", "What is 3 plus 2 multiplied by 3?", "What is -3 divided by 2?", "What is 1 plus?", "Who is the President?", "What is 7 cubed?"] {
        println!("{} -> {:?}", q, answer(q));
    }
}
// expect: What is 5? -> Some(5)
// expect: What is 1 plus 1? -> Some(2)
// expect: What is 3 plus 2 multiplied by 3? -> Some(15)
// expect: What is -3 divided by 2? -> Some(-1)
// expect: What is 1 plus? -> None
// expect: Who is the President? -> None
// expect: What is 7 cubed? -> None
