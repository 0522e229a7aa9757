// A reference given a new value in one branch of an `if` still holds its old borrow on the other way, so pushing before its use is E0502.
fn main() {
    let mut scores = vec![40, 75, 62];
    let passing = 50;
    let mut shown = &scores[0];
    if scores.len() > 5 {
        shown = &passing;
    }
    scores.push(88);
    println!("shown: {}", shown);
}
// error: E0502 at 9:5
