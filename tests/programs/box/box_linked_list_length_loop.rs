// Walking a list with a loop over `&Option<Box<Node>>` counts its nodes.
struct Node {
    value: u8,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for v in [7, 8, 9, 10] {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    let mut len = 0;
    let mut last = 0;
    let mut cur = &head;
    while let Some(node) = cur {
        len += 1;
        last = node.value;
        cur = &node.next;
    }
    println!("len {} last {}", len, last);
}
// expect: len 4 last 7
