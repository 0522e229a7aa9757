// The book's longest_with_an_announcement (a lifetime and a T: Display in a where clause) and ImportantExcerpt's methods under elision.
use std::fmt::Display;

fn longest_with_an_announcement<'a, T>(x: &'a str, y: &'a str, ann: T) -> &'a str
where
    T: Display,
{
    println!("Announcement! {}", ann);
    if x.len() > y.len() { x } else { y }
}

struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().unwrap();
    let i = ImportantExcerpt { part: first_sentence };
    println!("{} {}", i.level(), i.announce_and_return_part("hi"));
    println!("{}", longest_with_an_announcement("abc", "de", 42));
}
// expect: Attention please: hi
// expect: 3 Call me Ishmael
// expect: Announcement! 42
// expect: abc
