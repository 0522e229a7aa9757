// Rc::make_mut on the only Rc changes the value in place: nothing is cloned or allocated.
use std::rc::Rc;

fn main() {
    let mut a = Rc::new(vec![1, 2]);
    Rc::make_mut(&mut a).push(3);
    println!("{:?} {}", a, Rc::strong_count(&a));
}
// expect: [1, 2, 3] 1
