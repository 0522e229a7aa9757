// `let [a, b] = ... else` takes exactly two words from a collected Vec, or falls back.
fn first_two(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let [first, second] = words.as_slice() else {
        return format!("{} words", words.len());
    };
    format!("{} and {}", first, second)
}

fn main() {
    println!("{}", first_two("hello world"));
    println!("{}", first_two("just"));
    println!("{}", first_two("one two three"));
}
// expect: hello and world
// expect: 1 words
// expect: 3 words
