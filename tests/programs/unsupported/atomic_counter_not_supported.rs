// A static `AtomicUsize` counter is "not supported yet" at the use of `std::sync::atomic`.
use std::sync::atomic::{AtomicUsize, Ordering};
static COUNT: AtomicUsize = AtomicUsize::new(0);
fn main() {
    COUNT.fetch_add(1, Ordering::SeqCst);
    println!("{}", COUNT.load(Ordering::SeqCst));
}
// expect: 1
// unsupported: `std::sync::atomic::AtomicUsize` at 2:5
