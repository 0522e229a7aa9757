// A generic function taking `I: Iterator<Item = &'a str>` finds the longest word, one instance for SplitWhitespace, one for Split, one for Lines.
fn longest<'a, I: Iterator<Item = &'a str>>(mut words: I) -> Option<&'a str> {
    let mut best = words.next()?;
    for w in words {
        if w.len() > best.len() { best = w; }
    }
    Some(best)
}
fn main() {
    let text = String::from("the quick brownest fox");
    println!("{:?}", longest(text.split_whitespace()));
    println!("{:?}", longest(text.split(' ')));
    println!("{:?}", longest("".lines()));
}
// expect: Some("brownest")
// expect: Some("brownest")
// expect: None
