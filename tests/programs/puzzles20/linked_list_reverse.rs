// LeetCode linked lists: Option<Box<ListNode>> built from a slice, reversed with take, and two sorted lists merged recursively by a match on the pair.
#[derive(Debug)]
struct ListNode {
    val: i32,
    next: Option<Box<ListNode>>,
}

fn from_vec(v: &[i32]) -> Option<Box<ListNode>> {
    let mut head = None;
    for &x in v.iter().rev() {
        head = Some(Box::new(ListNode { val: x, next: head }));
    }
    head
}

fn to_vec(mut l: &Option<Box<ListNode>>) -> Vec<i32> {
    let mut out = Vec::new();
    while let Some(node) = l {
        out.push(node.val);
        l = &node.next;
    }
    out
}

fn reverse(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    let mut prev = None;
    while let Some(mut node) = head {
        head = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn merge(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
    match (a, b) {
        (None, r) | (r, None) => r,
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
    let l = from_vec(&[1, 2, 3, 4, 5]);
    let r = reverse(l);
    println!("{:?}", to_vec(&r));
    let m = merge(from_vec(&[1, 2, 4]), from_vec(&[1, 3, 4]));
    println!("{:?}", to_vec(&m));
    println!("{:?}", from_vec(&[7]));
}
// expect: [5, 4, 3, 2, 1]
// expect: [1, 1, 2, 3, 4, 4]
// expect: Some(ListNode { val: 7, next: None })
