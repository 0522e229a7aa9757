// Appending at the tail of an Option<Box<Node>> list by walking with as_mut() to the last next.
#[derive(Debug)]
struct Node {
    val: u8,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, val: u8) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut head = None;
    push_back(&mut head, 1);
    push_back(&mut head, 2);
    push_back(&mut head, 3);
    println!("{:?}", head);
}
// expect: Some(Node { val: 1, next: Some(Node { val: 2, next: Some(Node { val: 3, next: None }) }) })
