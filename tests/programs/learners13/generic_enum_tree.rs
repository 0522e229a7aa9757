// A generic binary search tree enum Tree<T: Ord> with insert, contains and an in-order walk into a Vec.
#[derive(Debug)]
enum Tree<T: Ord> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

impl<T: Ord + Copy + std::fmt::Debug> Tree<T> {
    fn new() -> Self {
        Tree::Leaf
    }
    fn insert(self, v: T) -> Self {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x {
                    Tree::Node(Box::new(l.insert(v)), x, r)
                } else {
                    Tree::Node(l, x, Box::new(r.insert(v)))
                }
            }
        }
    }
    fn contains(&self, v: T) -> bool {
        match self {
            Tree::Leaf => false,
            Tree::Node(l, x, r) => {
                if v == *x { true } else if v < *x { l.contains(v) } else { r.contains(v) }
            }
        }
    }
    fn walk(&self, out: &mut Vec<T>) {
        if let Tree::Node(l, x, r) = self {
            l.walk(out);
            out.push(*x);
            r.walk(out);
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for v in [5, 2, 8, 1, 9, 3] {
        t = t.insert(v);
    }
    let mut out = Vec::new();
    t.walk(&mut out);
    println!("in order: {:?}", out);
    println!("has 3? {} has 7? {}", t.contains(3), t.contains(7));
    let small = Tree::new().insert('b').insert('a');
    println!("{:?}", small);
}
// expect: in order: [1, 2, 3, 5, 8, 9]
// expect: has 3? true has 7? false
// expect: Node(Node(Leaf, 'a', Leaf), 'b', Leaf)
