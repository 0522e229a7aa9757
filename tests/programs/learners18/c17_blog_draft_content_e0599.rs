// Asking a DraftPost for its content is E0599: the type has no such method.
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
    post.add_text("hello");
    println!("{}", post.content());
}
// error: E0599 at 15:25
