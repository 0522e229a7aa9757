// A Drop type inside an Rc drops only when the last clone goes.
use std::rc::Rc;

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Loud("shared"));
    let b = Rc::clone(&a);
    let c = a.clone();
    drop(a);
    println!("after a: {}", Rc::strong_count(&b));
    drop(b);
    println!("after b: {}", Rc::strong_count(&c));
    drop(c);
    println!("done");
}
// expect: after a: 2
// expect: after b: 1
// expect: dropping shared
// expect: done
