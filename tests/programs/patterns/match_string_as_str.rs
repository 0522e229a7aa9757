// Matching a String's `as_str()` against string literals picks a command.
fn run(cmd: String) -> i32 {
    match cmd.as_str() {
        "start" | "go" => 1,
        "stop" => 0,
        other => {
            println!("unknown command {}", other);
            -1
        }
    }
}

fn main() {
    println!("{}", run(String::from("go")));
    println!("{}", run(String::from("stop")));
    println!("{}", run(String::from("jump")));
}
// expect: 1
// expect: 0
// expect: unknown command jump
// expect: -1
