// Elision gives `first_word(&str) -> &str` its one input lifetime; the result keeps the String borrowed.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn main() {
    let my_string = String::from("hello world");
    let word = first_word(&my_string[0..6]);
    println!("{}", word);
    let word = first_word(&my_string);
    println!("{}", word);
    let literal = "hello world";
    println!("{}", first_word(literal));
}
// expect: hello
// expect: hello
// expect: hello
