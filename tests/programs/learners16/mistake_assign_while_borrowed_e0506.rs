// Assigning to a variable while a reference to it is alive: E0506.
fn main() {
    let mut score = 10;
    let r = &score;
    score = 20;
    println!("{} {}", r, score);
}
// error: E0506 at 5:5
