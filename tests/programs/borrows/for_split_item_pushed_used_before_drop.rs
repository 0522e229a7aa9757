// The accepted twin of for_split_item_pushed_outlives_text_e0505: the words pushed from `for w in text.split(' ')` are used before text is dropped.
fn main() {
    let text = String::from("a b a");
    let mut words = Vec::new();
    for w in text.split(' ') {
        words.push(w);
    }
    println!("{:?}", words);
    drop(text);
}
// expect: ["a", "b", "a"]
