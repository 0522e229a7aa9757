// A self: Box<Self> method called on a plain value is E0599.
trait State {
    fn next(self: Box<Self>) -> Box<dyn State>;
}

struct Draft;

impl State for Draft {
    fn next(self: Box<Self>) -> Box<dyn State> {
        self
    }
}

fn main() {
    let d = Draft;
    let _n = d.next();
}
// error: E0599 at 16:16
