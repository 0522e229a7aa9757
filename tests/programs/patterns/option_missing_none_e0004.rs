// A match on Option<i32> covering only `Some(_)` arms is E0004 (`None` not covered).
fn main() {
    let x: Option<i32> = Some(3);
    match x {
        Some(n) if n > 0 => println!("positive"),
        Some(_) => println!("other"),
    }
}
// error: E0004 at 4:11
