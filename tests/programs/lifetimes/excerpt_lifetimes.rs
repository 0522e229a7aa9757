// A struct holding a slice of a novel, made by a function that finds the first sentence, and a method returning part of it.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }

    fn first_word(&self) -> &'a str {
        self.part.split(' ').next().unwrap_or("")
    }
}

fn first_sentence(text: &str) -> Excerpt<'_> {
    Excerpt { part: text.split('.').next().unwrap_or(text) }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let word;
    {
        let e = first_sentence(&novel);
        println!("{} {}", e.level(), e.announce("news"));
        word = e.first_word();
    }
    println!("{word}");
}
// expect: Attention please: news
// expect: 3 Call me Ishmael
// expect: Call
