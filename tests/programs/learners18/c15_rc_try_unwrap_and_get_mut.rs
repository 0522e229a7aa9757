// Rc::try_unwrap fails while shared, and Rc::get_mut works once unique.
use std::rc::Rc;

fn main() {
    let mut a = Rc::new(String::from("solo"));
    let b = Rc::clone(&a);
    println!("{}", Rc::get_mut(&mut a).is_none());
    drop(b);
    Rc::get_mut(&mut a).unwrap().push_str("!");
    println!("{a}");
    let b = Rc::clone(&a);
    let a = match Rc::try_unwrap(a) {
        Ok(s) => s,
        Err(rc) => {
            println!("still shared: {}", Rc::strong_count(&rc));
            String::new()
        }
    };
    println!("[{a}] {}", Rc::ptr_eq(&b, &b));
}
// expect: true
// expect: solo!
// expect: still shared: 2
// expect: [] true
