// Incrementing a value bound from matching a shared reference: E0594 cannot assign through `&`.
fn main() {
    let mut score = Some(10);
    let r = &score;
    if let Some(s) = r {
        *s += 1;
    }
    println!("{:?}", score);
    score = None;
    println!("{:?}", score);
}
// error: E0594 at 6:9
