// The book's shared counter (Arc<Mutex<i32>> across spawned threads) is "not supported yet" at the first unsupported name of the use list.
use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..3 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }
    for handle in handles { handle.join().unwrap(); }
    println!("Result: {}", *counter.lock().unwrap());
}
// expect: Result: 3
// unsupported: `std::sync::Arc` at 2:5
// heap: skip spawned threads allocate in an order that varies from run to run
