// `novel.split('.').next()` returns a `&str` into `novel`, not into the temporary `Split` iterator, so keeping it past the statement is fine (the engine said E0716 once `next` took `&mut self`).
fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let word = novel.split_whitespace().nth(1);
    let letter = novel.chars().next();
    println!("{} / {:?} / {:?}", first_sentence, word, letter);
}
// expect: Call me Ishmael / Some("me") / Some('C')
