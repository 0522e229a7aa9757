// Dropping a VecDeque of Strings frees each String's buffer, front to back, then its own buffer.
use std::collections::VecDeque;

fn main() {
    let mut tasks = VecDeque::new();
    tasks.push_back(String::from("write"));
    tasks.push_front(String::from("plan"));
    tasks.push_back(String::from("test"));
    let first = tasks.pop_front().unwrap();
    println!("{} then {:?}", first, tasks);
}
// expect: plan then ["write", "test"]
