// Matching self.state by value inside a &self method moves the String out: E0507.
enum State {
    Draft(String),
    Published(String),
}

struct Post {
    state: State,
}

impl Post {
    fn title(&self) -> String {
        match self.state {
            State::Draft(t) => t,
            State::Published(t) => t,
        }
    }
}

fn main() {
    let p = Post { state: State::Draft(String::from("x")) };
    println!("{}", p.title());
}
// error: E0507 at 13:15
