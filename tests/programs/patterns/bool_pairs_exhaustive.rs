// All four (bool, bool) pairs written out make a match exhaustive with no wildcard arm.
fn gate(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) => "first",
        (false, true) => "second",
        (false, false) => "neither",
    }
}

fn main() {
    for a in [true, false] {
        for b in [true, false] {
            println!("{}", gate(a, b));
        }
    }
}
// expect: both
// expect: first
// expect: second
// expect: neither
