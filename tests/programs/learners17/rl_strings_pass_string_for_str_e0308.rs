// Rustlings-style: passing a String where `&str` is expected is E0308 at the argument.
fn is_a_color_word(attempt: &str) -> bool {
    attempt == "green" || attempt == "blue" || attempt == "red"
}

fn main() {
    let word = String::from("green");
    if is_a_color_word(word) {
        println!("That is a color word I know!");
    }
}
// error: E0308 at 8:24
