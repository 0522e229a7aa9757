// `for_each` handing words of a String to a closure that assigns them to a captured `&str`: the variable holds the String's borrow, so dropping the String before printing it is E0505 (the engine ran it).
fn main() {
    let text = String::from("one two three");
    let mut longest = "";
    text.split(' ').for_each(|w| {
        if w.len() > longest.len() {
            longest = w;
        }
    });
    drop(text);
    println!("{}", longest);
}
// error: E0505 at 10:10
