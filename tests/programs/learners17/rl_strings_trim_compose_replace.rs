// Rustlings-style: trim, format!-composition and replace, each returning a new String.
fn trim_me(input: &str) -> &str {
    input.trim()
}

fn compose_me(input: &str) -> String {
    format!("{} world!", input)
}

fn replace_me(input: &str) -> String {
    input.replace("cars", "balloons")
}

fn main() {
    println!("[{}]", trim_me("  Hello!   "));
    println!("{}", compose_me("Hello"));
    println!("{}", replace_me("I think cars are cool"));
    println!("{}", replace_me("I love to look at cars"));
}
// expect: [Hello!]
// expect: Hello world!
// expect: I think balloons are cool
// expect: I love to look at balloons
