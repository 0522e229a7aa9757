// A struct generic over its callback type F: Fn(&str) -> usize, built twice with different closures.
struct Counter<F>
where
    F: Fn(&str) -> usize,
{
    name: &'static str,
    count: F,
}

impl<F: Fn(&str) -> usize> Counter<F> {
    fn run(&self, text: &str) {
        println!("{}: {}", self.name, (self.count)(text));
    }
}

fn main() {
    let words = Counter { name: "words", count: |t: &str| t.split_whitespace().count() };
    let min_len = 4;
    let long = Counter { name: "long words", count: move |t: &str| t.split_whitespace().filter(|w| w.len() >= min_len).count() };
    let text = "the quick brown fox jumps";
    words.run(text);
    long.run(text);
    println!("{}", std::mem::size_of_val(&long));
}
// expect: words: 5
// expect: long words: 3
// expect: 24
