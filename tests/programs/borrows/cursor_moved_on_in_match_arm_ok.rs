// A cursor moved on in one `match` arm while the other breaks out: every way round the loop goes through the new cursor.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) };
    let mut cur = &mut head;
    loop {
        cur.val *= 10;
        match cur.next {
            Some(ref mut n) => cur = n,
            None => break,
        }
    }
    cur.val += 1;
    println!("{:?}", head);
}
// expect: Node { val: 10, next: Some(Node { val: 20, next: Some(Node { val: 31, next: None }) }) }
