// `String: Sum<&str>` does not hold: summing &strs into a String is E0277 at `sum` (it was reported as E0308).
fn main() {
    let words = vec!["a", "b"];
    let joined: String = words.iter().copied().sum();
    println!("{}", joined);
}
// error: E0277 at 4:48
