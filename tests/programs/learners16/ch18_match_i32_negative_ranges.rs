// Matching negative and positive i32 ranges with an open-ended ..=-1 and 1.. arms.
fn sign_class(n: i32) -> &'static str {
    match n {
        i32::MIN..=-100 => "very negative",
        -99..=-1 => "negative",
        0 => "zero",
        1..=99 => "positive",
        100.. => "very positive",
    }
}

fn main() {
    for n in [-500, -5, 0, 42, 1000] {
        println!("{} {}", n, sign_class(n));
    }
}
// expect: -500 very negative
// expect: -5 negative
// expect: 0 zero
// expect: 42 positive
// expect: 1000 very positive
