// Pushing to a Vec field through &self is E0596; the book's motivation for RefCell.
trait Messenger {
    fn send(&self, msg: &str);
}

struct MockMessenger {
    sent_messages: Vec<String>,
}

impl Messenger for MockMessenger {
    fn send(&self, message: &str) {
        self.sent_messages.push(String::from(message));
    }
}

fn main() {
    let m = MockMessenger { sent_messages: vec![] };
    m.send("hi");
}
// error: E0596 at 12:9
