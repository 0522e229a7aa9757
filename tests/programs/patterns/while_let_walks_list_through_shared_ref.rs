// `while let Some(node) = cur` with `cur: &Option<Box<Node>>` binds `node: &Box<Node>` and walks the list without moving it.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let list = Some(Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) }));
    let mut cur = &list;
    let mut sum = 0;
    while let Some(node) = cur {
        sum += node.value;
        cur = &node.next;
    }
    println!("{}", sum);
    println!("{}", list.is_some());
}
// expect: 3
// expect: true
