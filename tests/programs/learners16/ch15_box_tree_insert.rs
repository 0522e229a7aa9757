// A binary search tree of Option<Box<Node>> with recursive insert and in-order traversal.
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, val: i32) {
    match slot {
        None => *slot = Some(Box::new(Node { val, left: None, right: None })),
        Some(n) => {
            if val < n.val {
                insert(&mut n.left, val)
            } else {
                insert(&mut n.right, val)
            }
        }
    }
}

fn in_order(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = slot {
        in_order(&n.left, out);
        out.push(n.val);
        in_order(&n.right, out);
    }
}

fn main() {
    let mut root = None;
    for v in [5, 3, 8, 1, 4, 9, 7] {
        insert(&mut root, v);
    }
    let mut out = Vec::new();
    in_order(&root, &mut out);
    println!("{:?}", out);
}
// expect: [1, 3, 4, 5, 7, 8, 9]
