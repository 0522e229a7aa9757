// Inside a `&mut self` method, a closure given to Option::map may assign to self's fields: self is captured by a unique borrow.
struct Queue {
    head: Option<String>,
    last: String,
}

impl Queue {
    fn pop(&mut self) -> Option<usize> {
        self.head.take().map(|s| {
            let n = s.len();
            self.last = s;
            n
        })
    }
}

fn main() {
    let mut q = Queue { head: Some(String::from("first")), last: String::new() };
    println!("{:?} {:?} {}", q.pop(), q.pop(), q.last);
}
// expect: Some(5) None first
