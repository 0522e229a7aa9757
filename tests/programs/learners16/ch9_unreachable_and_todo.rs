// unreachable!() reached through a wrong assumption panics with "internal error: entered unreachable code".
fn sign(n: i32) -> &'static str {
    if n > 0 {
        "plus"
    } else if n < 0 {
        "minus"
    } else if n == 0 {
        "zero"
    } else {
        unreachable!()
    }
}

fn classify(n: u8) -> &'static str {
    match n % 3 {
        0 => "fizz-ish",
        1 => "one",
        _ => unreachable!("n % 3 was {}", n % 3),
    }
}

fn main() {
    println!("{} {} {}", sign(3), sign(-1), sign(0));
    println!("{} {}", classify(3), classify(4));
    println!("{}", classify(5));
}
// expect: plus minus zero
// expect: fizz-ish one
// panic: internal error: entered unreachable code: n % 3 was 2
// panic-at: 18:14
