// A linked list's `Link` alias of `Option<Box<Node>>`, with the Box made through `Box::new` and the alias named in fields.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Link,
}

type Link = Option<Box<Node>>;
type NodeBox = Box<Node>;

fn push(head: Link, value: i32) -> Link {
    Some(NodeBox::new(Node { value, next: head }))
}

fn main() {
    let mut list: Link = None;
    for v in 1..=3 {
        list = push(list, v);
    }
    let mut cur = &list;
    while let Some(node) = cur {
        print!("{} ", node.value);
        cur = &node.next;
    }
    println!();
}
// expect: 3 2 1 
