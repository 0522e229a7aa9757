// Rustlings-style: a trait with a method returning Self's data, implemented for a struct and used through generics.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn notify<T: Summary>(item: &T) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let tweet = Tweet { username: String::from("horse_ebooks"), content: String::from("of course") };
    println!("1 new tweet: {}", tweet.summarize());
    notify(&tweet);
    println!("{}", tweet.content);
}
// expect: 1 new tweet: (Read more from @horse_ebooks...)
// expect: Breaking news! (Read more from @horse_ebooks...)
// expect: of course
