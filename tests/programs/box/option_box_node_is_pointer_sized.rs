// `Option<Box<Node>>` is one pointer (8 bytes): None uses the null niche.
use std::mem::size_of;

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{} {}", n.value, n.next.is_none());
    println!("Option<Box<Node>> {}", size_of::<Option<Box<Node>>>());
    println!("Box<Node> {}", size_of::<Box<Node>>());
    println!("Node {}", size_of::<Node>());
}
// expect: 1 true
// expect: Option<Box<Node>> 8
// expect: Box<Node> 8
// expect: Node 16
