// Matching a String against literals through as_str(), with a fallback arm binding the rest.
fn command(input: String) -> String {
    match input.as_str() {
        "quit" | "exit" => String::from("bye"),
        "help" => String::from("commands: help, quit"),
        other => format!("unknown: {}", other),
    }
}

fn main() {
    for c in ["help", "exit", "jump"] {
        println!("{}", command(c.to_string()));
    }
}
// expect: commands: help, quit
// expect: bye
// expect: unknown: jump
