// Appending a Vec<&str> moves its references into the other Vec; the `&mut` given to append is not kept.
fn main() {
    let text = String::from("one two three");
    let mut words: Vec<&str> = Vec::new();
    let mut more: Vec<&str> = text.split(' ').collect();
    words.append(&mut more);
    more.push("four");
    println!("{:?} {:?}", words, more);
}
// expect: ["one", "two", "three"] ["four"]
