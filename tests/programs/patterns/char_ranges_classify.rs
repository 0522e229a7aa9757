// Character ranges joined by `|` classify the characters of a string.
fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' | 'A'..='Z' => "letter",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        _ => "other",
    }
}

fn main() {
    let text = "Rx 2!";
    for c in text.chars() {
        println!("{:?} is {}", c, kind(c));
    }
}
// expect: 'R' is letter
// expect: 'x' is letter
// expect: ' ' is space
// expect: '2' is digit
// expect: '!' is other
