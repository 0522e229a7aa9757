// Using the draft after request_review consumed it is E0382.
struct Draft {
    text: String,
}

struct Pending {
    text: String,
}

impl Draft {
    fn request_review(self) -> Pending {
        Pending { text: self.text }
    }
}

fn main() {
    let d = Draft { text: String::from("x") };
    let p = d.request_review();
    println!("{} {}", p.text, d.text);
}
// error: E0382 at 19:31
