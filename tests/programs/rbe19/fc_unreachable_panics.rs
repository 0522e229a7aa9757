// unreachable!() with a message panics as "internal error: entered unreachable code: MSG".
fn pick(n: i32) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 | -1 => "one",
        2 | -2 => "two",
        _ => unreachable!("remainder {} out of range", n % 3),
    }
}

fn main() {
    println!("{}", pick(7));
    let v: Vec<i32> = Vec::new();
    if v.is_empty() {
        unreachable!();
    }
}
// expect: one
// panic: internal error: entered unreachable code
// panic-at: 15:9
