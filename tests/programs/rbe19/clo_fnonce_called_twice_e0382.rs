// A closure that drops what it captured is FnOnce: calling it twice is E0382.
use std::mem;

fn main() {
    let movable = Box::new(3);
    let consume = || {
        println!("`movable`: {:?}", movable);
        mem::drop(movable);
    };
    consume();
    consume();
}
// error: E0382 at 11:5
