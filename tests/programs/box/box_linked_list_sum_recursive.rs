// Summing a Box-linked list recursively: each call follows one `next` pointer.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn sum(list: &Option<Box<Node>>) -> i32 {
    match list {
        None => 0,
        Some(node) => node.value + sum(&node.next),
    }
}

fn main() {
    let list = Some(Box::new(Node {
        value: 1,
        next: Some(Box::new(Node {
            value: 2,
            next: Some(Box::new(Node { value: 3, next: None })),
        })),
    }));
    println!("sum = {}", sum(&list));
}
// expect: sum = 6
