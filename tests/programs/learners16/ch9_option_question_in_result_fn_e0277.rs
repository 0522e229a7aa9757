// `?` on an Option inside a function returning Result: E0277.
fn first_word_len(s: &str) -> Result<usize, String> {
    let w = s.split_whitespace().next()?;
    Ok(w.len())
}

fn main() {
    println!("{:?}", first_word_len("hi there"));
}
// error: E0277 at 3:40
