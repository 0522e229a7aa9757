// Arc shared across spawned threads: threads are outside the engine's subset.
use std::sync::Arc;
use std::thread;

fn main() {
    let apple = Arc::new("the same apple");
    let mut handles = Vec::new();
    for _ in 0..3 {
        let apple = Arc::clone(&apple);
        handles.push(thread::spawn(move || {
            println!("{:?}", apple);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
// expect: "the same apple"
// expect: "the same apple"
// expect: "the same apple"
// unsupported: `std::sync::Arc`
// heap: skip the threads allocate in the order the scheduler runs them
