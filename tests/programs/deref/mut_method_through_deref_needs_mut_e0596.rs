// `v.push(2)` reaches the Vec through the learner's DerefMut, which borrows `v` mutably: without `mut` on `v` it is rustc's E0596 at `v`.
use std::ops::{Deref, DerefMut};
struct Stack(Vec<i32>);
impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}
impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}
fn main() {
    let v = Stack(vec![1]);
    v.push(2);
    println!("{}", v.len());
}
// error: E0596 at 17:5
