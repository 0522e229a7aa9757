// A trait method returning &'static str, called through Option<Box<dyn State>>::as_ref().unwrap(), borrows nothing of the receiver: returned from &self.
trait State {
    fn name(&self) -> &'static str;
}

struct Draft;
struct Published;

impl State for Draft {
    fn name(&self) -> &'static str {
        "draft"
    }
}

impl State for Published {
    fn name(&self) -> &'static str {
        "published"
    }
}

struct Post {
    state: Option<Box<dyn State>>,
}

impl Post {
    fn status(&self) -> &'static str {
        self.state.as_ref().unwrap().name()
    }
}

fn status_of(s: &dyn State) -> &'static str {
    s.name()
}

fn main() {
    let mut post = Post { state: Some(Box::new(Draft)) };
    let before = post.status();
    post.state = Some(Box::new(Published));
    println!("{} -> {} ({})", before, post.status(), status_of(&Draft));
}
// expect: draft -> published (draft)
