// `let ... else` binds on a match and leaves the function from the else block otherwise.
enum Command {
    Go(u32),
    Stop,
}

fn steps(c: &Command) -> u32 {
    let Command::Go(n) = c else {
        return 0;
    };
    *n * 2
}

fn main() {
    println!("{}", steps(&Command::Go(21)));
    println!("{}", steps(&Command::Stop));
    let text = "17";
    let Ok(value) = text.parse::<i32>() else {
        panic!("not a number");
    };
    println!("{}", value + 1);
}
// expect: 42
// expect: 0
// expect: 18
