// partition over `iter()` of a Vec<&str> yields `&&str`; Vec<&str>'s `Extend<&&str>` copies each `&str` out.
fn main() {
    let words = vec!["apple", "bob", "kayak", "zebra", "noon"];
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() <= 4);
    println!("{:?} {:?}", short, long);
    let (a, b): (Vec<&&str>, Vec<&&str>) = words.iter().partition(|w| w.contains('o'));
    println!("{:?} {:?} {}", a, b, words.len());
}
// expect: ["bob", "noon"] ["apple", "kayak", "zebra"]
// expect: ["bob", "noon"] ["apple", "kayak", "zebra"] 5
