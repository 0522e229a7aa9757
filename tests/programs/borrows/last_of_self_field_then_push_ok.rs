// `self.items.push(*x)` with `x` from `self.items.last()` runs: the push only reserves its `&mut` while `*x` is read (two-phase borrow).
struct Queue {
    items: Vec<i32>,
}

impl Queue {
    fn repeat_last(&mut self) {
        if let Some(x) = self.items.last() {
            self.items.push(*x);
        }
    }
}

fn main() {
    let mut q = Queue { items: vec![1] };
    q.repeat_last();
    q.repeat_last();
    println!("{:?}", q.items);
}

// expect: [1, 1, 1]
