// Weak::new points at no cell (usize::MAX) and allocates nothing; it never upgrades.
use std::rc::Weak;

fn main() {
    let nobody: Weak<String> = Weak::new();
    println!("{}", nobody.upgrade().is_none());
    println!("{}", nobody.strong_count());
}
// expect: true
// expect: 0
