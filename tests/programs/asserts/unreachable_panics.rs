// `unreachable!()` panics with "internal error: entered unreachable code".
fn classify(n: u32) -> &'static str {
    match n % 3 {
        0 => "fizz",
        1 => "one",
        2 => "two",
        _ => unreachable!(),
    }
}

fn main() {
    println!("{}", classify(4));
    let weird = 7;
    if weird > 5 {
        unreachable!();
    }
}
// expect: one
// panic: internal error: entered unreachable code
// panic-at: 15:9
