// A struct owning a Vec can grow it through a `&mut self` method.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: i32) {
        self.items.push(x);
    }

    fn pop(&mut self) -> Option<i32> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{:?} len {}", s.pop(), s.len());
}
// expect: Some(3) len 2
