// LeetCode min stack: (value, min so far) pairs pushed with a guarded match on last(); get_min on an empty stack panics through expect.
struct MinStack {
    items: Vec<(i32, i32)>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new() }
    }
    fn push(&mut self, val: i32) {
        let min = match self.items.last() {
            Some(&(_, m)) if m < val => m,
            _ => val,
        };
        self.items.push((val, min));
    }
    fn pop(&mut self) {
        self.items.pop();
    }
    fn top(&self) -> i32 {
        self.items.last().unwrap().0
    }
    fn get_min(&self) -> i32 {
        self.items.last().map(|&(_, m)| m).expect("empty stack")
    }
}

fn main() {
    let mut s = MinStack::new();
    s.push(-2);
    s.push(0);
    s.push(-3);
    println!("{}", s.get_min());
    s.pop();
    println!("{} {}", s.top(), s.get_min());
    s.pop();
    s.pop();
    println!("{}", s.get_min());
}
// expect: -3
// expect: 0 -2
// panic: empty stack
// panic-at: 24:44
