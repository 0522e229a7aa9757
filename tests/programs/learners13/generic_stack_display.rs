// A generic Stack<T> with push/pop/peek and an impl Display for T: Display.
use std::fmt;

#[derive(Debug)]
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
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{}", item)?;
        }
        write!(f, "] <- top")
    }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    println!("empty? {} {}", s.is_empty(), s);
    for i in 1..=4 {
        s.push(i * 10);
        println!("pushed {}: {}", i * 10, s);
    }
    println!("peek = {:?}", s.peek());
    while let Some(top) = s.pop() {
        println!("popped {} len now {}", top, s.len());
    }
    let mut words = Stack::new();
    words.push(String::from("a"));
    words.push(String::from("bc"));
    println!("{}", words);
    println!("{:?}", words);
    println!("{:#?}", words);
}
// expect: empty? true [] <- top
// expect: pushed 10: [10] <- top
// expect: pushed 20: [10 | 20] <- top
// expect: pushed 30: [10 | 20 | 30] <- top
// expect: pushed 40: [10 | 20 | 30 | 40] <- top
// expect: peek = Some(40)
// expect: popped 40 len now 3
// expect: popped 30 len now 2
// expect: popped 20 len now 1
// expect: popped 10 len now 0
// expect: [a | bc] <- top
// expect: Stack { items: ["a", "bc"] }
// expect: Stack {
// expect:     items: [
// expect:         "a",
// expect:         "bc",
// expect:     ],
// expect: }
