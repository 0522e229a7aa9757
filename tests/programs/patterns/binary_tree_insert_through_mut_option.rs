// `match slot { Some(node) => insert(&mut node.left, v), .. }` on a `&mut Option<Box<Tree>>` was rejected with E0596: the default binding mode through `&mut` is `ref mut`.
struct Tree {
    value: i32,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

fn insert(slot: &mut Option<Box<Tree>>, value: i32) {
    match slot {
        Some(node) => {
            if value < node.value {
                insert(&mut node.left, value)
            } else {
                insert(&mut node.right, value)
            }
        }
        None => *slot = Some(Box::new(Tree { value, left: None, right: None })),
    }
}

fn print_in_order(slot: &Option<Box<Tree>>) {
    if let Some(node) = slot {
        print_in_order(&node.left);
        println!("{}", node.value);
        print_in_order(&node.right);
    }
}

fn main() {
    let mut root = None;
    for v in [5, 2, 8, 1, 9, 3] {
        insert(&mut root, v);
    }
    print_in_order(&root);
}
// expect: 1
// expect: 2
// expect: 3
// expect: 5
// expect: 8
// expect: 9
