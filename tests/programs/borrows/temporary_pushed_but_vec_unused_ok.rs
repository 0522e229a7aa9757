// The same push is accepted when the Vec is never used again: the borrow of the temporary ends with the statement.
fn main() {
    let mut words: Vec<&String> = Vec::new();
    words.push(&String::from("gone"));
    let kept = String::from("kept");
    println!("{}", kept);
}
// expect: kept
