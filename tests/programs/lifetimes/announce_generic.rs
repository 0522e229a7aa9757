// A function with a lifetime and a Display-bounded type parameter, as the lifetimes chapter ends.
use std::fmt::Display;

fn longest_with_an_announcement<'a, T>(x: &'a str, y: &'a str, ann: T) -> &'a str
where
    T: Display,
{
    println!("Announcement! {ann}");
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abcd");
    let r = longest_with_an_announcement(&a, "xyz", 42);
    println!("{r}");
    let r2 = longest_with_an_announcement("hi", &a, String::from("again"));
    println!("{r2}");
}
// expect: Announcement! 42
// expect: abcd
// expect: Announcement! again
// expect: abcd
