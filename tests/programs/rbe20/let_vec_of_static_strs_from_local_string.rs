// A let typed `Vec<&'static str>` still demands 'static of the elements: a local String's borrow there is E0597.
fn main() {
    let word = String::from("local");
    let words: Vec<&'static str> = vec!["fixed", &word];
    println!("{:?}", words);
}
// error: E0597 at 4:50
