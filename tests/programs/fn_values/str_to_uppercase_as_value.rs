// `str::to_uppercase` named as a value takes each `&str` and returns a new String.
fn main() {
    let words = vec!["hello", "world"];
    let loud: Vec<String> = words.into_iter().map(str::to_uppercase).collect();
    println!("{:?}", loud);
}
// expect: ["HELLO", "WORLD"]
