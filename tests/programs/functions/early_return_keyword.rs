// `return` leaves a function early with a value; otherwise the tail expression is returned.
fn classify(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    if n == 0 {
        return "zero";
    }
    "positive"
}

fn main() {
    println!("{}", classify(-3));
    println!("{}", classify(0));
    println!("{}", classify(42));
}
// expect: negative
// expect: zero
// expect: positive
