// An Rc'd value with a Drop impl is dropped only when the last Rc goes.
use std::rc::Rc;

struct Resource(&'static str);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("releasing {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Resource("db"));
    let b = Rc::clone(&a);
    println!("count {}", Rc::strong_count(&a));
    drop(a);
    println!("after dropping a, count {}", Rc::strong_count(&b));
    drop(b);
    println!("end");
}
// expect: count 2
// expect: after dropping a, count 1
// expect: releasing db
// expect: end
