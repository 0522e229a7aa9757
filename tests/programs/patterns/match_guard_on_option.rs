// A guard refines an arm that already matched; when it fails the next arm is tried, as `Some(x) if x % 2 == 0`.
fn parity(o: Option<i32>) -> String {
    match o {
        Some(x) if x % 2 == 0 => format!("{x} is even"),
        Some(x) => format!("{x} is odd"),
        None => String::from("nothing"),
    }
}

fn main() {
    println!("{}", parity(Some(4)));
    println!("{}", parity(Some(7)));
    println!("{}", parity(None));
}
// expect: 4 is even
// expect: 7 is odd
// expect: nothing
