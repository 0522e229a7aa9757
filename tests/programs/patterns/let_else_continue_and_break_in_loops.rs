// `let … else` with `continue` and `break` in loops: a failed parse skips an item, an empty stack ends the loop.
fn parse_all(items: &[&str]) -> Vec<i32> {
    let mut out = Vec::new();
    for item in items {
        let Ok(n) = item.parse::<i32>() else {
            println!("skip {item}");
            continue;
        };
        out.push(n);
    }
    out
}

fn main() {
    println!("{:?}", parse_all(&["1", "x", "3"]));
    let mut stack = vec![String::from("a"), String::from("b")];
    loop {
        let Some(top) = stack.pop() else { break };
        println!("{top}");
    }
    println!("{}", stack.capacity());
}
// expect: skip x
// expect: [1, 3]
// expect: b
// expect: a
// expect: 2
