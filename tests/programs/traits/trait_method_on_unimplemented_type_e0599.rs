// A trait implemented only for Tweet: calling summarize on a String is E0599.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    text: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        self.text.clone()
    }
}

fn main() {
    let t = Tweet { text: String::from("hi") };
    println!("{}", t.summarize());
    let s = String::from("plain");
    println!("{}", s.summarize());
}
// error: E0599 at 20:22
