// After `words.append(&mut more)` the references more held are in words: moving the text they borrow is error E0505.
fn main() {
    let text = String::from("one two");
    let mut words: Vec<&str> = Vec::new();
    let mut more: Vec<&str> = text.split(' ').collect();
    words.append(&mut more);
    let moved = text;
    println!("{:?} {}", words, moved);
}
// error: E0505 at 7:17
