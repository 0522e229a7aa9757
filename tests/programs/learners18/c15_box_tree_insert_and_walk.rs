// A binary search tree of Option<Box<Node>>: insert recursively, walk in order, count depth.
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, value: i32) {
    match slot {
        None => *slot = Some(Box::new(Node { value, left: None, right: None })),
        Some(node) => {
            if value < node.value {
                insert(&mut node.left, value);
            } else {
                insert(&mut node.right, value);
            }
        }
    }
}

fn in_order(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = slot {
        in_order(&n.left, out);
        out.push(n.value);
        in_order(&n.right, out);
    }
}

fn depth(slot: &Option<Box<Node>>) -> usize {
    match slot {
        None => 0,
        Some(n) => 1 + depth(&n.left).max(depth(&n.right)),
    }
}

fn main() {
    let mut root = None;
    for v in [5, 3, 8, 1, 4, 9, 7, 2] {
        insert(&mut root, v);
    }
    let mut out = Vec::new();
    in_order(&root, &mut out);
    println!("{out:?} depth {}", depth(&root));
}
// expect: [1, 2, 3, 4, 5, 7, 8, 9] depth 4
