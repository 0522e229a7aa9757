// A struct holding `&'a str` with an impl block whose methods rely on elision to return the struct's borrow.
struct Highlighter<'a> {
    text: &'a str,
}

impl<'a> Highlighter<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("attention please: {}", announcement);
        self.text
    }

    fn first_word(&self) -> &'a str {
        self.text.split(' ').next().unwrap_or("")
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("could not find a '.'");
    let h = Highlighter { text: first_sentence };
    println!("{}", h.level());
    println!("{}", h.announce_and_return_part("hi"));
    let w = h.first_word();
    drop(h);
    println!("{}", w);
}
// expect: 3
// expect: attention please: hi
// expect: Call me Ishmael
// expect: Call
