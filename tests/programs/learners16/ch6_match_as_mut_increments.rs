// if let Some(s) = &mut score increments in place; as_mut and map do it again.
fn main() {
    let mut score = Some(10);
    if let Some(s) = &mut score {
        *s += 1;
    }
    if let Some(s) = score.as_mut() {
        *s *= 2;
    }
    println!("{:?}", score);
    let doubled = score.map(|s| s * 2);
    println!("{:?} {:?}", score, doubled);
}
// expect: Some(22)
// expect: Some(22) Some(44)
