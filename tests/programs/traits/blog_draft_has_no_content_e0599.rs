// With states as types a DraftPost has no content method at all: E0599.
pub struct DraftPost {
    content: String,
}

impl DraftPost {
    pub fn add_text(&mut self, text: &str) {
        self.content.push_str(text);
    }
}

fn main() {
    let mut post = DraftPost { content: String::new() };
    post.add_text("salad");
    println!("{}", post.content());
}
// error: E0599 at 15:25
