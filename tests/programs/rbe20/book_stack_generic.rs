// A generic Stack<T> over a Vec with push, pop, peek (Option<&T>), len and is_empty, drained by while let.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Display> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    if let Some(top) = s.peek() {
        println!("top = {}", top);
    }
    println!("len = {}", s.len());
    while let Some(x) = s.pop() {
        println!("popped {}", x);
    }
    println!("empty? {}", s.is_empty());
    println!("{:?}", s);
}
// expect: top = b
// expect: len = 2
// expect: popped b
// expect: popped a
// expect: empty? true
// expect: Stack { items: [] }
