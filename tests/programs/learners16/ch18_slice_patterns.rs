// Slice patterns [], [one], [first, .., last] and [first, rest @ ..] on Vec slices.
fn describe(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [one] => format!("one: {}", one),
        [first, second] => format!("two: {} {}", first, second),
        [first, .., last] => format!("many: {}..{}", first, last),
    }
}

fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn main() {
    for v in [vec![], vec![1], vec![1, 2], vec![1, 2, 3, 4]] {
        println!("{} sum {}", describe(&v), sum(&v));
    }
}
// expect: empty sum 0
// expect: one: 1 sum 1
// expect: two: 1 2 sum 3
// expect: many: 1..4 sum 10
