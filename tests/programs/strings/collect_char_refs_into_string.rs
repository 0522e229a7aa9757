// A String collected from an iterator of `&char` (a Vec's iter): std's FromIterator<&char> pushes each char.
fn main() {
    let letters = vec!['r', 'u', 's', 't'];
    let word: String = letters.iter().collect();
    println!("{word}");
}
// expect: rust
