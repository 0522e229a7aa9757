// Matching &self.state in a method so the enum field is not moved out of self.
#[derive(Debug)]
enum State {
    Draft(String),
    Published(String),
}

struct Post {
    state: State,
}

impl Post {
    fn title(&self) -> &str {
        match &self.state {
            State::Draft(t) => t,
            State::Published(t) => t,
        }
    }
    fn publish(&mut self) {
        if let State::Draft(t) = &mut self.state {
            let title = std::mem::take(t);
            self.state = State::Published(title);
        }
    }
}

fn main() {
    let mut p = Post { state: State::Draft(String::from("hello")) };
    println!("{}", p.title());
    p.publish();
    println!("{:?} {}", p.state, p.title());
}
// expect: hello
// expect: Published("hello") hello
