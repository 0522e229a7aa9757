// A tree of Rc<RefCell<TreeNode>> with children added later; a recursive sum through borrow().
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct TreeNode {
    val: i32,
    children: Vec<Rc<RefCell<TreeNode>>>,
}

fn node(val: i32) -> Rc<RefCell<TreeNode>> {
    Rc::new(RefCell::new(TreeNode { val, children: vec![] }))
}

fn sum(n: &Rc<RefCell<TreeNode>>) -> i32 {
    let b = n.borrow();
    b.val + b.children.iter().map(sum).sum::<i32>()
}

fn main() {
    let root = node(1);
    let a = node(2);
    let b = node(3);
    a.borrow_mut().children.push(node(4));
    root.borrow_mut().children.push(Rc::clone(&a));
    root.borrow_mut().children.push(Rc::clone(&b));
    b.borrow_mut().val = 30;
    println!("sum {}", sum(&root));
    println!("a count {}", Rc::strong_count(&a));
    println!("{:?}", b);
}
// expect: sum 37
// expect: a count 2
// expect: RefCell { value: TreeNode { val: 30, children: [] } }
