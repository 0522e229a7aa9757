// `&mut *c` through the learner's DerefMut borrows `c` mutably until its last use, so reading `*c` in between is rustc's E0502 at `c`.
use std::ops::{Deref, DerefMut};
struct Counter(i32);
impl Deref for Counter {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}
impl DerefMut for Counter {
    fn deref_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}
fn main() {
    let mut c = Counter(0);
    let r = &mut *c;
    println!("{}", *c);
    *r += 1;
}
// error: E0502 at 18:21
