// A name bound by `[cmd, arg]` on `parts.as_slice()` is a `&&str`; pushed (coerced) it keeps the input borrowed, not `parts`.
fn main() {
    let input = String::from("push a\npop\npush b");
    let mut args: Vec<&str> = Vec::new();
    for line in input.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["push", arg] => args.push(arg),
            [cmd] => println!("bare {cmd}"),
            _ => {}
        }
    }
    println!("{:?}", args);
}
// expect: bare pop
// expect: ["a", "b"]
