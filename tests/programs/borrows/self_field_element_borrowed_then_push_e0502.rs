// In a `&mut self` method, `&self.items[0]` borrows what `self` points at, so `self.items.push` while it is used is E0502.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn dup_first(&mut self) {
        let top = &self.items[self.items.len() - 1];
        self.items.push(*top);
        let first = &self.items[0];
        self.items.push(1);
        println!("{}", first);
    }
}

fn main() {
    let mut s = Stack { items: vec![1] };
    s.dup_first();
}
// error: E0502 at 11:9
