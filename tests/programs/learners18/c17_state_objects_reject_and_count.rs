// A state-object workflow whose transitions consume Box<Self>, with a reject back to Draft and a name().
trait State {
    fn next(self: Box<Self>) -> Box<dyn State>;
    fn reject(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
}

struct Draft;
struct Review {
    approvals: u8,
}
struct Done;

impl State for Draft {
    fn next(self: Box<Self>) -> Box<dyn State> {
        Box::new(Review { approvals: 0 })
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}

impl State for Review {
    fn next(self: Box<Self>) -> Box<dyn State> {
        if self.approvals >= 1 {
            Box::new(Done)
        } else {
            Box::new(Review { approvals: self.approvals + 1 })
        }
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        Box::new(Draft)
    }
    fn name(&self) -> &'static str {
        "review"
    }
}

impl State for Done {
    fn next(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn reject(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "done"
    }
}

fn main() {
    let mut s: Box<dyn State> = Box::new(Draft);
    let mut trail = vec![s.name()];
    s = s.next();
    trail.push(s.name());
    s = s.reject();
    trail.push(s.name());
    for _ in 0..3 {
        s = s.next();
        trail.push(s.name());
    }
    println!("{}", trail.join(" > "));
}
// expect: draft > review > draft > review > review > done
