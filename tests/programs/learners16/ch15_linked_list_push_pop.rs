// A singly linked stack with Option<Box<Node>>: push, pop with take(), peek, and a Drop-free teardown.
struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, elem: i32) {
        let node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(node);
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.elem
        })
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.elem)
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{:?} len {}", s.peek(), s.len);
    println!("{:?} {:?}", s.pop(), s.pop());
    s.push(4);
    println!("{:?} {:?} {:?}", s.pop(), s.pop(), s.pop());
}
// expect: Some(3) len 3
// expect: Some(3) Some(2)
// expect: Some(4) Some(1) None
