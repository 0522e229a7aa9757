// Chained `?` on Options: the second word's first char's digit value.
fn second_word_digit(s: &str) -> Option<u32> {
    let w = s.split_whitespace().nth(1)?;
    let c = w.chars().next()?;
    c.to_digit(10)
}

fn main() {
    println!("{:?} {:?} {:?}", second_word_digit("a 7b"), second_word_digit("a b"), second_word_digit("solo"));
}
// expect: Some(7) None None
