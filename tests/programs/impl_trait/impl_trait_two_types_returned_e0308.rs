// A function returning impl Summary cannot return a Tweet in one branch and an Article in the other: E0308.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet;
struct Article;

impl Summary for Tweet {
    fn summarize(&self) -> String {
        String::from("tweet")
    }
}

impl Summary for Article {
    fn summarize(&self) -> String {
        String::from("article")
    }
}

fn pick(switch: bool) -> impl Summary {
    if switch {
        Tweet
    } else {
        Article
    }
}

fn main() {
    println!("{}", pick(true).summarize());
}
// error: E0308 at 25:9
