// A generic Queue<T> built on two Vecs (inbox/outbox), with Debug derived and {:#?} after each step.
#[derive(Debug)]
struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T: std::fmt::Debug> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
    fn enqueue(&mut self, t: T) {
        self.inbox.push(t);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

fn main() {
    let mut q = Queue::new();
    q.enqueue('a');
    q.enqueue('b');
    println!("{:?}", q);
    println!("out {:?}", q.dequeue());
    q.enqueue('c');
    println!("{:#?}", q);
    while let Some(c) = q.dequeue() {
        println!("out {} ({} left)", c, q.len());
    }
}
// expect: Queue { inbox: ['a', 'b'], outbox: [] }
// expect: out Some('a')
// expect: Queue {
// expect:     inbox: [
// expect:         'c',
// expect:     ],
// expect:     outbox: [
// expect:         'b',
// expect:     ],
// expect: }
// expect: out b (1 left)
// expect: out c (0 left)
