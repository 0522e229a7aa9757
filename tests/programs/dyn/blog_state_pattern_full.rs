// The blog post's state pattern in full: Option<Box<dyn State>> taken and replaced, content shown only once published, approve twice needed.
pub struct Post {
    state: Option<Box<dyn State>>,
    content: String,
    approvals: u32,
}

impl Post {
    pub fn new() -> Post {
        Post {
            state: Some(Box::new(Draft {})),
            content: String::new(),
            approvals: 0,
        }
    }

    pub fn add_text(&mut self, text: &str) {
        self.content.push_str(text);
    }

    pub fn content(&self) -> &str {
        self.state.as_ref().unwrap().content(self)
    }

    pub fn request_review(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.request_review())
        }
    }

    pub fn approve(&mut self) {
        self.approvals += 1;
        if let Some(s) = self.state.take() {
            self.state = Some(s.approve(self.approvals))
        }
    }

    pub fn status(&self) -> &'static str {
        self.state.as_ref().unwrap().name()
    }
}

trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>, approvals: u32) -> Box<dyn State>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
    fn name(&self) -> &'static str;
}

struct Draft {}

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        Box::new(PendingReview {})
    }
    fn approve(self: Box<Self>, _approvals: u32) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}

struct PendingReview {}

impl State for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>, approvals: u32) -> Box<dyn State> {
        if approvals >= 2 {
            Box::new(Published {})
        } else {
            self
        }
    }
    fn name(&self) -> &'static str {
        "pending"
    }
}

struct Published {}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>, _approvals: u32) -> Box<dyn State> {
        self
    }
    fn content<'a>(&self, post: &'a Post) -> &'a str {
        &post.content
    }
    fn name(&self) -> &'static str {
        "published"
    }
}

fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad for lunch today");
    println!("[{}] '{}'", post.status(), post.content());
    post.request_review();
    println!("[{}] '{}'", post.status(), post.content());
    post.approve();
    println!("[{}] '{}'", post.status(), post.content());
    post.approve();
    println!("[{}] '{}'", post.status(), post.content());
}
// expect: [draft] ''
// expect: [pending] ''
// expect: [pending] ''
// expect: [published] 'I ate a salad for lunch today'
