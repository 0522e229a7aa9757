// Exercism simple-linked-list: push, pop, peek, reverse and into Vec on an Option<Box<Node<T>>> list.
struct Node<T> {
    data: T,
    next: Option<Box<Node<T>>>,
}

struct SimpleLinkedList<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: std::fmt::Debug> SimpleLinkedList<T> {
    fn new() -> Self {
        SimpleLinkedList { head: None, len: 0 }
    }
    fn push(&mut self, data: T) {
        let node = Box::new(Node { data, next: self.head.take() });
        self.head = Some(node);
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.data
        })
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.data)
    }
    fn rev(mut self) -> SimpleLinkedList<T> {
        let mut out = SimpleLinkedList::new();
        while let Some(x) = self.pop() {
            out.push(x);
        }
        out
    }
    fn into_vec(mut self) -> Vec<T> {
        let mut v = Vec::new();
        while let Some(x) = self.pop() {
            v.push(x);
        }
        v.reverse();
        v
    }
}

fn main() {
    let mut list = SimpleLinkedList::new();
    for w in ["a", "b", "c"] {
        list.push(w.to_string());
    }
    println!("len {} peek {:?}", list.len, list.peek());
    println!("pop {:?}", list.pop());
    list.push("d".to_string());
    let reversed = list.rev();
    println!("peek after rev {:?}", reversed.peek());
    println!("{:?}", reversed.into_vec());
}
// expect: len 3 peek Some("c")
// expect: pop Some("c")
// expect: peek after rev Some("a")
// expect: ["d", "b", "a"]
