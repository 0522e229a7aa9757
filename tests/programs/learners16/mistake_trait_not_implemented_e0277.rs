// Calling a generic fn with a T: Summary bound on a type that doesn't implement Summary: E0277.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    text: String,
}

struct Article {
    title: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("tweet: {}", self.text)
    }
}

fn notify<T: Summary>(item: &T) {
    println!("Breaking! {}", item.summarize());
}

fn main() {
    notify(&Tweet { text: String::from("hi") });
    notify(&Article { title: String::from("news") });
}
// error: E0277 at 26:12
