// Rc::get_mut gives a &mut only while no other Rc shares the value.
use std::rc::Rc;

fn main() {
    let mut a = Rc::new(5);
    let b = Rc::clone(&a);
    println!("{:?}", Rc::get_mut(&mut a));
    drop(b);
    *Rc::get_mut(&mut a).unwrap() += 1;
    println!("{a}");
}
// expect: None
// expect: 6
