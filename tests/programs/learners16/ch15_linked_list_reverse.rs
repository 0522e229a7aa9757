// Reversing an Option<Box<Node>> list in place with take(), then walking it by reference.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn from_vec(v: &[i32]) -> Option<Box<Node>> {
    let mut head = None;
    for &x in v.iter().rev() {
        head = Some(Box::new(Node { val: x, next: head }));
    }
    head
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev = None;
    while let Some(mut node) = head {
        head = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn main() {
    let list = reverse(from_vec(&[1, 2, 3, 4]));
    let mut cur = &list;
    let mut out = Vec::new();
    while let Some(node) = cur {
        out.push(node.val);
        cur = &node.next;
    }
    println!("{:?}", out);
}
// expect: [4, 3, 2, 1]
