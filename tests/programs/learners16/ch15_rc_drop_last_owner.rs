// A Drop type inside an Rc is dropped only when the last of three owners goes.
use std::rc::Rc;

struct Resource(&'static str);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("freeing {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Resource("db"));
    let b = Rc::clone(&a);
    {
        let c = Rc::clone(&a);
        println!("three owners: {}", Rc::strong_count(&c));
    }
    drop(a);
    println!("one owner left: {}", Rc::strong_count(&b));
    drop(b);
    println!("end");
}
// expect: three owners: 3
// expect: one owner left: 1
// expect: freeing db
// expect: end
