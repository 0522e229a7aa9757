// std::sync::Arc is outside the subset (Rc is in it): the engine says so at the `use`.
use std::sync::Arc;

fn main() {
    let a = Arc::new(5);
    let b = Arc::clone(&a);
    println!("{} {}", b, Arc::strong_count(&a));
}
// expect: 5 2
// unsupported: `std::sync::Arc` is not supported yet at 2:5
