// `|` in a match pattern accepts any of several values.
fn main() {
    for day in 1..=7 {
        let kind = match day {
            1 | 7 => "weekend",
            2 | 3 | 4 | 5 | 6 => "weekday",
            _ => "invalid",
        };
        println!("day {} is a {}", day, kind);
    }
}
// expect: day 1 is a weekend
// expect: day 2 is a weekday
// expect: day 3 is a weekday
// expect: day 4 is a weekday
// expect: day 5 is a weekday
// expect: day 6 is a weekday
// expect: day 7 is a weekend
