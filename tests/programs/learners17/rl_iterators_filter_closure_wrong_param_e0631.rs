// Rustlings-style: `filter(|w: &str| ..)` over a Vec<&str>'s `iter()` (which passes `&&str`) is E0631 at `filter`.
fn main() {
    let words = vec!["apple", "kiwi", "banana"];
    let long: Vec<&&str> = words.iter().filter(|w: &str| w.len() > 4).collect();
    println!("{:?}", long);
}
// error: E0631 at 4:41
