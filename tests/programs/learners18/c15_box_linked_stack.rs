// A singly linked stack with Option<Box<Node>>: push, pop with take(), peek, and iterate.
struct Node {
    elem: String,
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
    fn push(&mut self, elem: &str) {
        let node = Box::new(Node { elem: elem.to_string(), next: self.head.take() });
        self.head = Some(node);
        self.len += 1;
    }
    fn pop(&mut self) -> Option<String> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.elem
        })
    }
    fn peek(&self) -> Option<&String> {
        self.head.as_ref().map(|n| &n.elem)
    }
}

fn main() {
    let mut s = Stack::new();
    s.push("a");
    s.push("b");
    s.push("c");
    println!("{:?} {}", s.peek(), s.len);
    let mut cur = &s.head;
    while let Some(node) = cur {
        print!("{} ", node.elem);
        cur = &node.next;
    }
    println!();
    println!("{:?}", s.pop());
    println!("{:?}", s.pop());
    println!("{:?} {}", s.peek(), s.len);
}
// expect: Some("c") 3
// expect: c b a 
// expect: Some("c")
// expect: Some("b")
// expect: Some("a") 1
