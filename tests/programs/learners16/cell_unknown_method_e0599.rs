// `counter.increment()` on a Cell<u32>: no such method, E0599; Cell has get and set.
use std::cell::Cell;

fn main() {
    let counter = Cell::new(0u32);
    counter.increment();
    println!("{}", counter.get());
}
// error: E0599 at 6:13
// headline: differs: rustc names a generic std struct with no Deref by its declaration (`Cell<T>`, `HashMap<K, V, S, A>`) when no impl has the method
