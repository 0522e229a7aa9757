// A singly linked list of `Option<Box<Node>>`: each push_front allocates one 16-byte node.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn push_front(head: Option<Box<Node>>, value: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: head }))
}

fn main() {
    let mut list: Option<Box<Node>> = None;
    for v in 1..=3 {
        list = push_front(list, v);
    }
    let mut cur = &list;
    while let Some(node) = cur {
        print!("{} -> ", node.value);
        cur = &node.next;
    }
    println!("None");
}
// expect: 3 -> 2 -> 1 -> None
