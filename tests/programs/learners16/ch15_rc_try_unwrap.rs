// Rc::try_unwrap fails while a clone lives and succeeds after it is dropped.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("only"));
    let b = Rc::clone(&a);
    let a = match Rc::try_unwrap(a) {
        Ok(s) => {
            println!("got {}", s);
            return;
        }
        Err(rc) => {
            println!("still shared ({})", Rc::strong_count(&rc));
            rc
        }
    };
    drop(b);
    let s = Rc::try_unwrap(a).unwrap();
    println!("now owned: {}", s);
}
// expect: still shared (2)
// expect: now owned: only
