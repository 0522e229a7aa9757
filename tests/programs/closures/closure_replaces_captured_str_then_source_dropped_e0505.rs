// A closure assigning what it is given to a captured `&str` (`best = w`) makes that variable hold what the argument borrows, called directly or by `for_each`: dropping the String the words came from while it is still used is E0505 (the engine ran it and read freed memory).
fn main() {
    let text = String::from("one two three");
    let mut best = "";
    let mut see = |w| {
        if w > best {
            best = w;
        }
    };
    for w in text.split(' ') {
        see(w);
    }
    drop(text);
    println!("{}", best);
}
// error: E0505 at 13:10
