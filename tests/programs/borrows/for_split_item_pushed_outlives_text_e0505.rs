// Each word of `for w in text.split(' ')` borrows text, and pushing it into `words` makes words hold that borrow: dropping text while words is used after is rustc's E0505 (the engine ran it, reading freed memory).
fn main() {
    let text = String::from("a b a");
    let mut words = Vec::new();
    for w in text.split(' ') {
        words.push(w);
    }
    drop(text);
    println!("{:?}", words);
}
// error: E0505 at 8:10
