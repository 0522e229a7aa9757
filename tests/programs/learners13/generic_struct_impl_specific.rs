// A generic Container<T> with an impl for all T and one just for Container<String>.
#[derive(Debug)]
struct Container<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Container<T> {
    fn new() -> Self {
        Container { items: Vec::new() }
    }
    fn add(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn show(&self) {
        println!("{} items: {:?}", self.items.len(), self.items);
    }
}

impl Container<String> {
    fn total_len(&self) -> usize {
        self.items.iter().map(|s| s.len()).sum()
    }
}

fn main() {
    let mut nums = Container::new();
    nums.add(1).add(2).add(3);
    nums.show();
    let mut words: Container<String> = Container::new();
    words.add("alpha".to_string()).add("be".to_string());
    words.show();
    println!("total len {}", words.total_len());
    println!("{:#?}", words);
}
// expect: 3 items: [1, 2, 3]
// expect: 2 items: ["alpha", "be"]
// expect: total len 7
// expect: Container {
// expect:     items: [
// expect:         "alpha",
// expect:         "be",
// expect:     ],
// expect: }
