// Without a RefCell, pushing to a field through &self is error E0596: that is the problem RefCell solves.
struct Recorder {
    sent: Vec<String>,
}

impl Recorder {
    fn send(&self, message: &str) {
        self.sent.push(String::from(message));
    }
}

fn main() {
    let r = Recorder { sent: vec![] };
    r.send("hi");
}
// error: E0596 at 8:9
