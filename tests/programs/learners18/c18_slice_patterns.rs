// Slice patterns: [first, .., last], [x], [] and rest bindings with @.
fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one: {x}"),
        [a, b] => format!("two: {a} {b}"),
        [first, middle @ .., last] => format!("{first}..{last} with {} inside", middle.len()),
    }
}

fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    for v in [vec![], vec![7], vec![1, 2], vec![1, 2, 3, 4, 5]] {
        println!("{}", describe(&v));
    }
    println!("{}", sum(&[1, 2, 3, 4]));
    let arr = [10, 20, 30];
    let [a, rest @ ..] = arr;
    println!("{a} {rest:?}");
}
// expect: empty
// expect: one: 7
// expect: two: 1 2
// expect: 1..5 with 3 inside
// expect: 10
// expect: 10 [20, 30]
