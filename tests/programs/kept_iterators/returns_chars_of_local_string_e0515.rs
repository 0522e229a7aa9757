// Returning the `Chars` of a String the function owns is error E0515: the iterator would outlive the text it walks.
fn letters(n: usize) -> std::str::Chars<'static> {
    let s = "x".repeat(n);
    s.chars()
}

fn main() {
    println!("{}", letters(3).count());
}
// error: E0515 at 4:5
