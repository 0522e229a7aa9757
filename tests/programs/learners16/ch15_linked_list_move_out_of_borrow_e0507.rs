// pop writing self.head = self.head.unwrap().next moves out of a &mut borrow: E0507.
struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn pop(&mut self) -> Option<i32> {
        let node = self.head.unwrap();
        self.head = node.next;
        Some(node.elem)
    }
}

fn main() {
    let mut s = Stack { head: Some(Box::new(Node { elem: 1, next: None })) };
    println!("{:?}", s.pop());
}
// error: E0507 at 13:20
