// unwrap on an Err holding a derived-Debug struct panics with the struct's Debug form.
#[derive(Debug)]
struct BadInput {
    line: u32,
    reason: String,
}

fn parse_line(n: u32, s: &str) -> Result<i32, BadInput> {
    s.parse().map_err(|_| BadInput { line: n, reason: format!("not a number: {}", s) })
}

fn main() {
    println!("{}", parse_line(1, "5").unwrap());
    println!("{}", parse_line(2, "five").unwrap());
}
// expect: 5
// panic: called `Result::unwrap()` on an `Err` value: BadInput { line: 2, reason: "not a number: five" }
// panic-at: 14:42
