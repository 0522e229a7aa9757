// A `for` over `&self.items` keeps the field borrowed for the whole loop: pushing to another field is fine, clearing it is E0502.
struct Q {
    items: Vec<i32>,
    seen: Vec<i32>,
}

impl Q {
    fn keep_positive(&mut self) {
        for x in &self.items {
            if *x > 0 {
                self.seen.push(*x);
            }
        }
        for x in &self.items {
            if *x > 0 {
                self.items.clear();
            }
        }
    }
}

fn main() {
    let mut q = Q { items: vec![1], seen: vec![] };
    q.keep_positive();
}
// error: E0502 at 16:17
