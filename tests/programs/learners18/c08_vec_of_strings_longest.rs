// Finding the longest word with a for loop over &Vec<String> and returning &String.
fn longest(words: &Vec<String>) -> &String {
    let mut best = &words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let words: Vec<String> = "a quick brownish fox".split(' ').map(String::from).collect();
    println!("{}", longest(&words));
    let caps: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", caps.join("_"));
    let total: usize = words.iter().map(String::len).sum();
    println!("{total}");
}
// expect: brownish
// expect: A_QUICK_BROWNISH_FOX
// expect: 17
