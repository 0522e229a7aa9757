// `*c = 3` through the learner's DerefMut borrows `c` mutably, so `c` must be declared `mut` (E0596 at `c`).
use std::ops::{Deref, DerefMut};
struct Cell(i32);
impl Deref for Cell {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}
impl DerefMut for Cell {
    fn deref_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}
fn main() {
    let c = Cell(1);
    *c = 3;
    println!("{}", *c);
}
// error: E0596 at 17:6
