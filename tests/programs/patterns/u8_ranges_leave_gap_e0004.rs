// Two u8 ranges with a hole between them do not cover the type: E0004 at the scrutinee.
fn bucket(n: u8) -> &'static str {
    match n {
        0..=100 => "low",
        200..=255 => "high",
    }
}

fn main() {
    println!("{}", bucket(150));
}
// error: E0004 at 3:11
