// Collecting &str pieces of a temporary String (to_lowercase()) and using them later is rejected (E0716).
fn main() {
    let input = "Alpha Beta";
    let words: Vec<&str> = input.to_lowercase().split(' ').collect();
    println!("{:?}", words);
}
// error: E0716 at 4:28
