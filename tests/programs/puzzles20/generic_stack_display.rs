// A generic Stack<T: Display + Clone> whose push returns &mut Self for chaining, and a generic largest over PartialOrd + Copy.
use std::fmt::Display;

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Display + Clone> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn render(&self) -> String {
        self.items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" | ")
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    s.push(1).push(2).push(3);
    println!("{} {:?}", s.render(), s.peek());
    let mut w = Stack::new();
    w.push(String::from("a")).push(String::from("b"));
    println!("{} {:?}", w.render(), w);
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b']));
}
// expect: 1 | 2 | 3 Some(3)
// expect: a | b Stack { items: ["a", "b"] }
// expect: 9 1.5 x
