// A `&mut` cursor given a reborrow of its own next node each iteration: the next `cur.next` goes through the new cursor, not a second way to the old node's field.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn last_mut(list: &mut Node) -> &mut Node {
    let mut cur = list;
    while cur.next.is_some() {
        cur = cur.next.as_mut().unwrap();
    }
    cur
}

fn main() {
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last_mut(&mut n).val = 7;
    println!("{} {}", n.val, n.next.as_ref().unwrap().val);
}
// expect: 1 7
