// `use std::process::exit;` then exit(0) from a helper deep in the call stack: stdout so far is kept, the status is 0, Box and Rc cells stay allocated.
use std::process::exit;
use std::rc::Rc;

fn finish(shared: Rc<Vec<i32>>, depth: u32) {
    let _b = Box::new(depth);
    if depth == 0 {
        println!("done with {:?}, {} owners", shared, Rc::strong_count(&shared));
        exit(0);
    }
    finish(Rc::clone(&shared), depth - 1);
}

fn main() {
    let data = Rc::new(vec![1, 2, 3]);
    finish(data, 2);
    println!("never printed");
}
// expect: done with [1, 2, 3], 3 owners
