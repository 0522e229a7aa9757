// try_unwrap on the last Rc takes the value even while a Weak points at the cell: the cell stays allocated for the Weak, whose upgrade now fails.
use std::rc::Rc;

fn main() {
    let strong = Rc::new(vec![1, 2, 3]);
    let weak = Rc::downgrade(&strong);
    let v = Rc::try_unwrap(strong).unwrap();
    println!("{:?} {:?} {}", v, weak.upgrade(), weak.strong_count());
}
// expect: [1, 2, 3] None 0
