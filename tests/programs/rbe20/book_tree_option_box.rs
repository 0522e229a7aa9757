// A binary search tree of Option<Box<Node>>: insert through ref mut and &mut matches, in-order walk, depth by map_or.
#[derive(Debug)]
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(value: i32) -> Self {
        Node { value, left: None, right: None }
    }
    fn insert(&mut self, value: i32) {
        if value < self.value {
            match self.left {
                Some(ref mut l) => l.insert(value),
                None => self.left = Some(Box::new(Node::new(value))),
            }
        } else {
            match &mut self.right {
                Some(r) => r.insert(value),
                None => self.right = Some(Box::new(Node::new(value))),
            }
        }
    }
    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.in_order(out);
        }
        out.push(self.value);
        if let Some(r) = &self.right {
            r.in_order(out);
        }
    }
    fn depth(&self) -> usize {
        let l = self.left.as_ref().map_or(0, |n| n.depth());
        let r = self.right.as_ref().map_or(0, |n| n.depth());
        1 + l.max(r)
    }
}

fn main() {
    let mut root = Node::new(5);
    for v in [3, 8, 1, 4, 9, 7] {
        root.insert(v);
    }
    let mut out = Vec::new();
    root.in_order(&mut out);
    println!("{:?} depth {}", out, root.depth());
}
// expect: [1, 3, 4, 5, 7, 8, 9] depth 3
