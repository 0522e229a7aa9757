// Characters pushed one by one build up a String.
fn main() {
    let mut word = String::new();
    word.push('R');
    word.push('u');
    word.push('s');
    word.push('t');
    println!("{} has {} bytes", word, word.len());
}
// expect: Rust has 4 bytes
