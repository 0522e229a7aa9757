// A u8 match covered exactly by ranges 0..=127 and 128..=255, no wildcard needed.
fn half(b: u8) -> &'static str {
    match b {
        0..=127 => "low",
        128..=255 => "high",
    }
}

fn main() {
    println!("{} {} {}", half(0), half(127), half(200));
}
// expect: low low high
