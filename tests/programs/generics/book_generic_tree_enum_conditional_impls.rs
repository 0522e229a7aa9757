// A generic recursive enum Tree<T> with two conditional impls (T: Copy + Add<Output = T> for sum, T: Display for show) and a derived Debug.
#[derive(Debug)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

impl<T: Copy + std::ops::Add<Output = T>> Tree<T> {
    fn sum(&self) -> T {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => l.sum() + r.sum(),
        }
    }
}

impl<T: std::fmt::Display> Tree<T> {
    fn show(&self) -> String {
        match self {
            Tree::Leaf(v) => v.to_string(),
            Tree::Node(l, r) => format!("({} {})", l.show(), r.show()),
        }
    }
}

fn main() {
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{} {}", t.sum(), t.show());
    let f = Tree::Node(Box::new(Tree::Leaf(0.5)), Box::new(Tree::Leaf(0.25)));
    println!("{} {}", f.sum(), f.show());
    println!("{:?}", Tree::Leaf('x'));
}
// expect: 6 (1 (2 3))
// expect: 0.75 (0.5 0.25)
// expect: Leaf('x')
