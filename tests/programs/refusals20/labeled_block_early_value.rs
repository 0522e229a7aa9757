// A labeled block is an expression whose `break 'label value` leaves it early with that value; without a break its tail is the value.
fn grade(score: u32) -> &'static str {
    let result = 'grade: {
        if score >= 90 {
            break 'grade "A";
        }
        if score >= 75 {
            break 'grade "B";
        }
        "C"
    };
    result
}

fn main() {
    for s in [95, 80, 40] {
        println!("{} -> {}", s, grade(s));
    }
}
// expect: 95 -> A
// expect: 80 -> B
// expect: 40 -> C
