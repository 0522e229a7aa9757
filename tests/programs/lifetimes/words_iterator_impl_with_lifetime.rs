// `impl<'a> Iterator for Words<'a>` yields slices of the borrowed text with its lifetime.
struct Words<'a> {
    text: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let t = self.text.trim_start();
        if t.is_empty() {
            return None;
        }
        let end = t.find(' ').unwrap_or(t.len());
        self.text = &t[end..];
        Some(&t[..end])
    }
}

fn main() {
    let s = String::from("one two  three");
    let w = Words { text: &s };
    let collected: Vec<&str> = w.collect();
    println!("{:?}", collected);
}
// expect: ["one", "two", "three"]
