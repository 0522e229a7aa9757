// The blog workflow as an enum State with a transition method taking self, plus reject returning to Draft.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Draft,
    Pending { approvals: u8 },
    Published,
}

impl State {
    fn request_review(self) -> State {
        match self {
            State::Draft => State::Pending { approvals: 0 },
            other => other,
        }
    }
    fn approve(self) -> State {
        match self {
            State::Pending { approvals } if approvals + 1 >= 2 => State::Published,
            State::Pending { approvals } => State::Pending { approvals: approvals + 1 },
            other => other,
        }
    }
    fn reject(self) -> State {
        match self {
            State::Pending { .. } => State::Draft,
            other => other,
        }
    }
}

struct Post {
    state: State,
    text: String,
}

impl Post {
    fn content(&self) -> &str {
        if self.state == State::Published { &self.text } else { "" }
    }
}

fn main() {
    let mut p = Post { state: State::Draft, text: "hi".to_string() };
    p.state = p.state.request_review();
    p.state = p.state.approve();
    println!("{:?} [{}]", p.state, p.content());
    p.state = p.state.reject();
    println!("{:?}", p.state);
    p.state = p.state.request_review().approve().approve();
    println!("{:?} [{}]", p.state, p.content());
}
// expect: Pending { approvals: 1 } []
// expect: Draft
// expect: Published [hi]
