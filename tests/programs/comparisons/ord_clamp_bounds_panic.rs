// Ord::clamp on Strings with min above max fails std's assertion inside core, and the three Strings are dropped as the panic unwinds.
fn main() {
    let word = String::from("m");
    println!("{}", word.clamp(String::from("z"), String::from("a")));
}

// panic: assertion failed: min <= max
// panic-at: library/core/src/cmp.rs:1102:9
