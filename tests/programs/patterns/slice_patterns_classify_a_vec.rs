// Slice patterns on `&[i32]`: empty, one element, equal ends behind a guard, and a head with `rest @ ..`, tried in order.
fn classify(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [x] => format!("one: {x}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first, rest @ ..] => format!("{first} then {} more", rest.len()),
    }
}

fn main() {
    for v in [vec![], vec![1], vec![2, 5, 2], vec![1, 2, 3, 4]] {
        println!("{}", classify(&v));
    }
}
// expect: empty
// expect: one: 1
// expect: same ends 2
// expect: 1 then 3 more
