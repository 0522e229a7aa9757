// A function can return a `&str` slice of its argument, like the book's first_word.
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
    println!("{}", first_word(&my_string));
    println!("{}", first_word("single"));
}
// expect: hello
// expect: single
