// The strong count rises with each clone and falls as each clone's scope ends.
use std::rc::Rc;

fn main() {
    let a = Rc::new(vec![1, 2, 3]);
    println!("after a: {}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    println!("after b: {}", Rc::strong_count(&a));
    {
        let c = Rc::clone(&a);
        println!("inside: {} (c has {} items)", Rc::strong_count(&c), c.len());
    }
    println!("after c is gone: {}", Rc::strong_count(&b));
}
// expect: after a: 1
// expect: after b: 2
// expect: inside: 3 (c has 3 items)
// expect: after c is gone: 2
