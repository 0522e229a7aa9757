// Extending a VecDeque<String> with Strings moves each one in; the source Vec is then gone (E0382 on its use).
use std::collections::VecDeque;

fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let mut queue: VecDeque<String> = VecDeque::new();
    queue.extend(names);
    println!("{:?}", queue);
    println!("{}", names.len());
}
// error: E0382 at 9:20
