// A match on Option<i32> forgetting the None arm: E0004 non-exhaustive patterns.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        Some(i) => Some(i + 1),
    }
}

fn main() {
    println!("{:?}", plus_one(Some(1)));
}
// error: E0004 at 3:11
