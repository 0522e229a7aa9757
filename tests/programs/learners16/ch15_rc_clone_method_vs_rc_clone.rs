// a.clone() on an Rc<Vec> clones the pointer (count 2), (*a).clone() the Vec itself (a new allocation).
use std::rc::Rc;

fn main() {
    let a = Rc::new(vec![1, 2, 3]);
    let b = a.clone();
    let deep: Vec<i32> = (*a).clone();
    println!("{} {:?} {:?}", Rc::strong_count(&a), b, deep);
}
// expect: 2 [1, 2, 3] [1, 2, 3]
