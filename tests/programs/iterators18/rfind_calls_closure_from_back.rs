// rfind calls its closure on items from the back and stops at the first match; the last match of a word list.
fn main() {
    let words = vec!["apple", "banana", "cherry", "avocado", "fig"];
    let last_a = words.iter().rfind(|w| {
        println!("checking {}", w);
        w.starts_with('a')
    });
    println!("{:?}", last_a);
}
// expect: checking fig
// expect: checking avocado
// expect: Some("avocado")
