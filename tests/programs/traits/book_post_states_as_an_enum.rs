// The blog Post's states as an enum with data (Pending { approvals }) and match guards, instead of trait objects.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Draft,
    Pending { approvals: u8 },
    Published,
}

struct Post {
    state: State,
    content: String,
}

impl Post {
    fn new() -> Self {
        Post { state: State::Draft, content: String::new() }
    }
    fn add_text(&mut self, t: &str) {
        if self.state == State::Draft {
            self.content.push_str(t);
        }
    }
    fn request_review(&mut self) {
        if let State::Draft = self.state {
            self.state = State::Pending { approvals: 0 };
        }
    }
    fn approve(&mut self) {
        self.state = match self.state {
            State::Pending { approvals } if approvals + 1 >= 2 => State::Published,
            State::Pending { approvals } => State::Pending { approvals: approvals + 1 },
            other => other,
        };
    }
    fn content(&self) -> &str {
        match self.state {
            State::Published => &self.content,
            _ => "",
        }
    }
}

fn main() {
    let mut p = Post::new();
    p.add_text("hello");
    p.request_review();
    p.add_text(" ignored");
    p.approve();
    println!("{:?} '{}'", p.state, p.content());
    p.approve();
    println!("{:?} '{}'", p.state, p.content());
}
// expect: Pending { approvals: 1 } ''
// expect: Published 'hello'
