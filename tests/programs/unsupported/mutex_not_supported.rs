// std::sync::Mutex is outside the subset: the engine says so at the `use`.
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(5);
    *m.lock().unwrap() += 1;
    println!("{:?}", m.lock().unwrap());
}
// expect: 6
// unsupported: `std::sync::Mutex` is not supported yet at 2:5
