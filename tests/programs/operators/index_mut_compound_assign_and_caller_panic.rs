// Compound assignment through the learner's IndexMut, a sum through a generic Index bound, and an index out of range in the impl reported at the caller's `[`.
use std::ops::{Index, IndexMut};
struct Row(Vec<i32>);
impl Index<usize> for Row { type Output = i32; fn index(&self, i: usize) -> &i32 { &self.0[i] } }
impl IndexMut<usize> for Row { fn index_mut(&mut self, i: usize) -> &mut i32 { &mut self.0[i] } }
fn total<T: Index<usize, Output = i32>>(t: &T, n: usize) -> i32 { let mut s = 0; for i in 0..n { s += t[i]; } s }
fn main() {
    let mut r = Row(vec![1, 2, 3]);
    r[1] += 10;
    r[2] *= 2;
    println!("{} {}", r[1] + r[2], r.0.len());
    println!("{}", r[7]);
}
// expect: 18 3
// panic: index out of bounds: the len is 3 but the index is 7
// panic-at: 12:21
