// A function returning a closure's result that references its own local Vec is E0515.
fn longest_word() -> &'static str {
    let words = vec![String::from("a"), String::from("abc")];
    let pick = |v: &Vec<String>| -> usize { v.iter().map(|w| w.len()).max().unwrap() };
    let n = pick(&words);
    &words[1][..n]
}

fn main() {
    println!("{}", longest_word());
}
// error: E0515 at 6:5
