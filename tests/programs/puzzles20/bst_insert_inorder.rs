// A binary search tree of Option<Box<Node>>: insert through a `&mut` slot chosen by an if, in-order walk into a Vec, height with map_or, contains.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(key: i32) -> Self {
        Node { key, left: None, right: None }
    }
    fn insert(&mut self, key: i32) {
        let slot = if key < self.key { &mut self.left } else { &mut self.right };
        match slot {
            Some(n) => n.insert(key),
            None => *slot = Some(Box::new(Node::new(key))),
        }
    }
    fn inorder(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.inorder(out);
        }
        out.push(self.key);
        if let Some(r) = &self.right {
            r.inorder(out);
        }
    }
    fn height(&self) -> usize {
        1 + self.left.as_ref().map_or(0, |n| n.height()).max(self.right.as_ref().map_or(0, |n| n.height()))
    }
    fn contains(&self, key: i32) -> bool {
        if key == self.key {
            return true;
        }
        let next = if key < self.key { &self.left } else { &self.right };
        next.as_ref().map_or(false, |n| n.contains(key))
    }
}

fn main() {
    let mut root = Node::new(50);
    for k in [30, 70, 20, 40, 60, 80, 35] {
        root.insert(k);
    }
    let mut out = Vec::new();
    root.inorder(&mut out);
    println!("{:?} height={} has35={} has36={}", out, root.height(), root.contains(35), root.contains(36));
}
// expect: [20, 30, 35, 40, 50, 60, 70, 80] height=4 has35=true has36=false
