// The state pattern: `fn next(self: Box<Self>) -> Box<dyn Stage>` takes the boxed state by value through the vtable, and returns itself or a new box (the old one is freed).
trait Stage {
    fn next(self: Box<Self>) -> Box<dyn Stage>;
    fn name(&self) -> &'static str;
}
struct Draft {
    edits: u32,
}
struct Review;
struct Published {
    year: u16,
}
impl Stage for Draft {
    fn next(self: Box<Self>) -> Box<dyn Stage> {
        if self.edits < 2 {
            Box::new(Draft { edits: self.edits + 1 })
        } else {
            Box::new(Review)
        }
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}
impl Stage for Review {
    fn next(self: Box<Self>) -> Box<dyn Stage> {
        Box::new(Published { year: 2026 })
    }
    fn name(&self) -> &'static str {
        "review"
    }
}
impl Stage for Published {
    fn next(self: Box<Self>) -> Box<dyn Stage> {
        self
    }
    fn name(&self) -> &'static str {
        "published"
    }
}
struct Post {
    stage: Option<Box<dyn Stage>>,
}
impl Post {
    fn advance(&mut self) {
        if let Some(s) = self.stage.take() {
            self.stage = Some(s.next());
        }
    }
}
fn main() {
    let mut post = Post { stage: Some(Box::new(Draft { edits: 0 })) };
    for _ in 0..6 {
        post.advance();
        println!("{}", post.stage.as_ref().unwrap().name());
    }
}
// expect: draft
// expect: draft
// expect: review
// expect: published
// expect: published
// expect: published
