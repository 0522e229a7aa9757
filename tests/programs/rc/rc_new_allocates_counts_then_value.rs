// Rc::new allocates one cell holding the strong count, the weak count and the value: 16 + 4 bytes rounded up to 24.
use std::rc::Rc;

fn main() {
    let score = Rc::new(42u32);
    println!("score = {}", score);
    println!("strong = {}, weak = {}", Rc::strong_count(&score), Rc::weak_count(&score));
}
// expect: score = 42
// expect: strong = 1, weak = 0
