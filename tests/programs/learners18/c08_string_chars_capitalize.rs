// Capitalizing words by chars().next() and collecting, counting vowels, reversing words.
fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        None => String::new(),
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
    }
}

fn main() {
    let s = "hello wide world";
    let caps: Vec<String> = s.split_whitespace().map(capitalize).collect();
    println!("{}", caps.join(" "));
    let vowels = s.chars().filter(|c| "aeiou".contains(*c)).count();
    println!("{vowels}");
    let rev: Vec<&str> = s.split(' ').rev().collect();
    println!("{}", rev.join(" "));
    let backwards: String = s.chars().rev().collect();
    println!("{backwards}");
}
// expect: Hello Wide World
// expect: 5
// expect: world wide hello
// expect: dlrow ediw olleh
