// `split_whitespace` yields each word as a `&str` slice of the original.
fn main() {
    let text = String::from("the quick  brown fox");
    let mut n = 0;
    for word in text.split_whitespace() {
        println!("{}", word);
        n += 1;
    }
    println!("{} words", n);
}
// expect: the
// expect: quick
// expect: brown
// expect: fox
// expect: 4 words
