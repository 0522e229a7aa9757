// Rustlings-style: threads spawned in a loop and joined, collecting their results (std::thread).
use std::thread;

fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(thread::spawn(move || i * 10));
    }
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.join().unwrap());
    }
    println!("{:?}", results);
}
// expect: [0, 10, 20]
// unsupported: `std::thread` is not supported yet at 2:5
// heap: skip the spawned threads allocate in an order of their own
