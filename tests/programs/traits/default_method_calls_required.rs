// A provided method calls a required one; an impl may override it; a bounded generic calls whichever the type has.
pub trait Summary {
    fn summarize_author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

pub struct Tweet {
    pub username: String,
    pub content: String,
    pub reply: bool,
    pub retweet: bool,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

pub struct NewsArticle {
    pub headline: String,
    pub location: String,
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        String::from("staff")
    }
    fn summarize(&self) -> String {
        format!("{}, in {}", self.headline, self.location)
    }
}

fn notify<T: Summary>(item: &T) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        reply: false,
        retweet: false,
    };
    println!("1 new tweet: {}", tweet.summarize());
    let article = NewsArticle { headline: String::from("Penguins win"), location: String::from("Pittsburgh") };
    notify(&article);
    notify(&tweet);
    println!("{} {}", tweet.reply, tweet.content.len());
}
// expect: 1 new tweet: (Read more from @horse_ebooks...)
// expect: Breaking news! Penguins win, in Pittsburgh
// expect: Breaking news! (Read more from @horse_ebooks...)
// expect: false 47
