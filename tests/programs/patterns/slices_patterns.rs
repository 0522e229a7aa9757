// Slice patterns with first, rest and last, @ bindings and ranges, as a learner classifies number lists.
fn classify(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [one] => format!("one: {one}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first @ 0..=9, rest @ ..] => format!("small start {first}, {} more", rest.len()),
        [.., last] => format!("ends with {last}"),
    }
}

fn main() {
    let cases: Vec<Vec<i32>> = vec![vec![], vec![7], vec![3, 1, 3], vec![4, 5, 6], vec![40, 50]];
    for c in &cases {
        println!("{}", classify(c));
    }
    let point = (3, -3);
    match point {
        (x, y) if x == -y => println!("anti-diagonal {x}"),
        (x, _) | (_, x) if x > 100 => println!("big {x}"),
        _ => println!("other"),
    }
}
// expect: empty
// expect: one: 7
// expect: same ends 3
// expect: small start 4, 2 more
// expect: ends with 50
// expect: anti-diagonal 3
