// Moving an Rc into a function does not change the count; the count drops when the function's parameter goes.
use std::rc::Rc;

fn consume(r: Rc<u64>) -> u64 {
    println!("in consume: {}", Rc::strong_count(&r));
    *r * 2
}

fn main() {
    let a = Rc::new(21u64);
    let b = Rc::clone(&a);
    let doubled = consume(b);
    println!("{} {}", doubled, Rc::strong_count(&a));
}
// expect: in consume: 2
// expect: 42 1
