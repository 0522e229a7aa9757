// `it.by_ref().take(2)` takes two items from the kept iterator and leaves the rest in it.
fn main() {
    let words = "one two three four five";
    let mut it = words.split_whitespace();
    let first: Vec<&str> = it.by_ref().take(2).collect();
    println!("{:?}", first);
    let rest: Vec<&str> = it.collect();
    println!("{:?}", rest);
}
// expect: ["one", "two"]
// expect: ["three", "four", "five"]
