// `chars.by_ref().take_while(..)` consumes the word and the space after it; the rest of the kept Chars stays for the next word.
fn main() {
    let mut chars = "hello big world".chars();
    let first: String = chars.by_ref().take_while(|c| *c != ' ').collect();
    let second: String = chars.by_ref().take_while(|c| *c != ' ').collect();
    let rest: String = chars.collect();
    println!("[{}] [{}] [{}]", first, second, rest);
}
// expect: [hello] [big] [world]
