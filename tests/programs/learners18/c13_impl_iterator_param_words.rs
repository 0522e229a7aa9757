// A generic function (impl Iterator parameter) returning impl Iterator: outside the subset, said at the result type.
fn long_words<'a>(words: impl Iterator<Item = &'a str>, min: usize) -> impl Iterator<Item = &'a str> {
    words.filter(move |w| w.len() >= min)
}

fn main() {
    let text = "a quick brown fox jumps over the lazy dog";
    let long: Vec<&str> = long_words(text.split(' '), 5).collect();
    println!("{long:?}");
    let n = long_words(text.split_whitespace(), 4).map(|w| w.len()).sum::<usize>();
    println!("{n}");
}
// expect: ["quick", "brown", "jumps"]
// expect: 23
// unsupported: `impl Trait` as the result of a generic function or a trait's method at 2:72
