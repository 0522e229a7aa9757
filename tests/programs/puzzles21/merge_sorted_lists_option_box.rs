// LeetCode 21: merging two sorted linked lists of Option<Box<ListNode>> recursively, built from and printed as Vecs.
#[derive(Debug)]
struct ListNode {
    val: i32,
    next: Option<Box<ListNode>>,
}

fn from_vec(v: &[i32]) -> Option<Box<ListNode>> {
    let mut head = None;
    for &val in v.iter().rev() {
        head = Some(Box::new(ListNode { val, next: head }));
    }
    head
}

fn to_vec(mut list: &Option<Box<ListNode>>) -> Vec<i32> {
    let mut out = Vec::new();
    while let Some(node) = list {
        out.push(node.val);
        list = &node.next;
    }
    out
}

fn merge(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    match (a, b) {
        (None, rest) | (rest, None) => rest,
        (Some(mut x), Some(mut y)) => {
            if x.val <= y.val {
                x.next = merge(x.next.take(), Some(y));
                Some(x)
            } else {
                y.next = merge(Some(x), y.next.take());
                Some(y)
            }
        }
    }
}

fn main() {
    let merged = merge(from_vec(&[1, 2, 4]), from_vec(&[1, 3, 4]));
    println!("{:?}", to_vec(&merged));
    println!("{:?}", to_vec(&merge(None, from_vec(&[0]))));
    println!("{:?}", to_vec(&merge(None, None)));
}
// expect: [1, 1, 2, 3, 4, 4]
// expect: [0]
// expect: []
