// `cmp` returns an Ordering that a match splits into Less, Greater and Equal, as the guessing game does.
use std::cmp::Ordering;

fn judge(guess: u32, secret: u32) -> &'static str {
    match guess.cmp(&secret) {
        Ordering::Less => "too small",
        Ordering::Greater => "too big",
        Ordering::Equal => "you win",
    }
}

fn main() {
    let secret = 42;
    for g in [10, 50, 42] {
        println!("{}: {}", g, judge(g, secret));
    }
    let o = 3.5_f64.partial_cmp(&1.0);
    println!("{:?}", o);
}
// expect: 10: too small
// expect: 50: too big
// expect: 42: you win
// expect: Some(Greater)
