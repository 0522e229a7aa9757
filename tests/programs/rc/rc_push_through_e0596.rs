// Calling a &mut self method through an Rc is error E0596: the data in an Rc cannot be borrowed mutably.
use std::rc::Rc;

fn main() {
    let list = Rc::new(vec![1, 2]);
    list.push(3);
    println!("{:?}", list);
}
// error: E0596 at 6:5
