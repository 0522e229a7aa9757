// A const can be a pattern: the arm matches when the value equals the constant.
const FREEZING: i32 = 0;
const BOILING: i32 = 100;

fn describe(celsius: i32) -> &'static str {
    match celsius {
        FREEZING => "freezing",
        BOILING => "boiling",
        1..=99 => "liquid",
        _ => "other",
    }
}

fn main() {
    for t in [0, 37, 100, -5] {
        println!("{}: {}", t, describe(t));
    }
}
// expect: 0: freezing
// expect: 37: liquid
// expect: 100: boiling
// expect: -5: other
