// A formatting argument holding a reference (`s.peek()`) keeps its borrow until the text is made, so `s.pop()` after it is E0502.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }
    fn pop(&mut self) -> Option<i32> {
        self.items.pop()
    }
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    println!("{:?} {}", s.peek(), s.items.len());
    println!("{:?} {:?}", s.peek(), s.pop());
}
// error: E0502 at 18:37
