// An average of an empty group divides by zero and panics ("attempt to divide by zero").
fn average(v: &[i64]) -> i64 {
    v.iter().sum::<i64>() / v.len() as i64
}

fn main() {
    let groups = "1 2 3;;4";
    for g in groups.split(';') {
        let nums: Vec<i64> = g.split_whitespace().map(|n| n.parse().unwrap()).collect();
        println!("{}", average(&nums));
    }
}
// expect: 2
// panic: attempt to divide by zero
// panic-at: 3:5
