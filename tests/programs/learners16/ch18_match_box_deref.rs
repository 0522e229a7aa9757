// Matching a Box<Enum> by dereferencing it (`match *b`) and by `&*b`.
#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

fn sum(t: &Tree) -> i32 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}

fn depth(t: &Box<Tree>) -> usize {
    match &**t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn main() {
    let t = Box::new(Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3))))));
    println!("{} {}", sum(&t), depth(&t));
    match *t {
        Tree::Node(ref l, _) => println!("left {:?}", l),
        Tree::Leaf(v) => println!("leaf {}", v),
    }
}
// expect: 6 3
// expect: left Leaf(1)
