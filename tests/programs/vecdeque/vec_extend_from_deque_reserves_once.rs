// Vec::extend(a VecDeque) moves its elements in order from the head (its IntoIter is TrustedLen: one reserve), then frees the deque's buffer.
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<String> = VecDeque::new();
    queue.push_back(String::from("b"));
    queue.push_front(String::from("a"));
    queue.push_back(String::from("c"));
    let mut done: Vec<String> = vec![String::from("z")];
    done.extend(queue);
    println!("{:?} {}", done, done.capacity());
}
// expect: ["z", "a", "b", "c"] 4
