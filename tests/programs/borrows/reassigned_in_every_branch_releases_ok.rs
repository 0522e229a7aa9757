// A reference given a new value in every arm of a `match` lets go of its old borrow on every way, so the push after it compiles.
fn main() {
    let mut scores = vec![40, 75, 62];
    let low = 0;
    let high = 100;
    let mut shown = &scores[0];
    match scores.len() {
        0..=2 => shown = &low,
        _ => shown = &high,
    }
    scores.push(88);
    println!("shown: {} of {}", shown, scores.len());
}
// expect: shown: 100 of 4
