// `&String::from(..)` pushed into a Vec borrows a temporary that is freed at the end of the statement (E0716).
fn main() {
    let mut words: Vec<&String> = Vec::new();
    words.push(&String::from("gone"));
    println!("{}", words.len());
}
// error: E0716 at 4:17
