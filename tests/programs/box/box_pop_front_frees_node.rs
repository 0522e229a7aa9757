// Taking the head node out of a list frees its box once the node's value has been read.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Some(Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) }));
    while let Some(node) = head {
        println!("popped {}", node.value);
        head = node.next;
    }
    println!("{:?}", head);
}
// expect: popped 1
// expect: popped 2
// expect: None
