// Comparing a grid char with a string literal "#" is a type mismatch (E0308): '#' is the char.
fn main() {
    let row = "#.#";
    let walls = row.chars().filter(|&c| c == "#").count();
    println!("{walls}");
}
// error: E0308 at 4:46
