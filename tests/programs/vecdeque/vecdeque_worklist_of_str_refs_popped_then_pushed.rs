// An element popped from a VecDeque of &str is moved out, not a borrow of the deque, so pushing again while holding it is fine (a BFS worklist).
use std::collections::VecDeque;

fn main() {
    let mut todo: VecDeque<(u32, &str)> = VecDeque::new();
    todo.push_back((1, "a"));
    todo.push_back((2, "b"));
    while let Some((n, name)) = todo.pop_front() {
        if n < 3 {
            todo.push_back((n + 2, name));
        }
        println!("{n}{name}");
    }
    let mut stack: Vec<&str> = vec!["x"];
    while let Some(top) = stack.pop() {
        if top == "x" {
            stack.push("y");
        }
        println!("{top}");
    }
}
// expect: 1a
// expect: 2b
// expect: 3a
// expect: 4b
// expect: x
// expect: y
