// A generic Stack<T> wraps a Vec<T>: its buffer grows exactly as the Vec's would, for Strings as for u8s.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut words = Stack::new();
    words.push(String::from("alpha"));
    words.push(String::from("beta"));
    let mut bytes: Stack<u8> = Stack::new();
    for b in 0..10 {
        bytes.push(b);
    }
    println!("{} {}", words.len(), bytes.len());
    if let Some(w) = words.pop() {
        println!("popped {}", w);
    }
    println!("{:?} {}", bytes.pop(), bytes.items.capacity());
}
// expect: 2 10
// expect: popped beta
// expect: Some(9) 16
