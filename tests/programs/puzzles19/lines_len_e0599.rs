// Calling len() on the Lines iterator is rejected (E0599); count() or collect first.
fn main() {
    let input = "a\nb\nc";
    println!("{}", input.lines().len());
}
// error: E0599 at 4:34
// headline: differs: rustc names the iterator `std::str::Lines<'a>` with its declared lifetime, the engine `std::str::Lines<'_>`
