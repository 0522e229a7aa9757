// A recursive sum over a slice with `[]` and `[first, rest @ ..]` patterns, and a middle binding between two ends.
fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn describe(s: &[i32]) -> String {
    match s {
        [] => String::from("empty"),
        [one] => format!("just {}", one),
        [first, middle @ .., last] => format!("{} then {:?} then {}", first, middle, last),
    }
}

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    println!("{}", sum(&v));
    println!("{}", describe(&v));
    println!("{}", describe(&v[..1]));
    println!("{}", describe(&v[..2]));
    println!("{}", describe(&[]));
}
// expect: 15
// expect: 1 then [2, 3, 4] then 5
// expect: just 1
// expect: 1 then [] then 2
// expect: empty
