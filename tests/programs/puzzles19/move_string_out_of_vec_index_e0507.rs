// Moving a String out of a Vec by indexing is rejected (E0507): index gives a place behind a reference.
fn main() {
    let words: Vec<String> = "alpha beta".split(' ').map(String::from).collect();
    let first = words[0];
    println!("{first} {}", words.len());
}
// error: E0507 at 4:17
