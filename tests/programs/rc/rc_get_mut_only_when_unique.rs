// Rc::get_mut hands out a &mut only while no other Rc or Weak shares the cell.
use std::rc::Rc;

fn main() {
    let mut total = Rc::new(10);
    if let Some(t) = Rc::get_mut(&mut total) {
        *t += 5;
    }
    let other = Rc::clone(&total);
    println!("{}", Rc::get_mut(&mut total).is_none());
    drop(other);
    *Rc::get_mut(&mut total).unwrap() += 1;
    println!("{}", total);
}
// expect: true
// expect: 16
