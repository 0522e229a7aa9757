// IndexMut borrows the base mutably: it cannot be assigned through while an index's shared borrow is alive (E0502 at the base).
use std::ops::{Index, IndexMut};
struct Row(Vec<i32>);
impl Index<usize> for Row { type Output = i32; fn index(&self, i: usize) -> &i32 { &self.0[i] } }
impl IndexMut<usize> for Row { fn index_mut(&mut self, i: usize) -> &mut i32 { &mut self.0[i] } }
fn main() {
    let mut r = Row(vec![1, 2, 3]);
    let a = &r[0];
    r[1] += 10;
    println!("{}", a);
}
// error: E0502 at 9:5
