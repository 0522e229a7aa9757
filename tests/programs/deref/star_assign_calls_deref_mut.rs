// Writing through `*b`, `*b += 1` or `&mut *b` on a type with the learner's DerefMut calls `deref_mut`, and reading calls `deref`.
use std::ops::{Deref, DerefMut};
struct Counter {
    value: i32,
}
impl Deref for Counter {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.value
    }
}
impl DerefMut for Counter {
    fn deref_mut(&mut self) -> &mut i32 {
        println!("deref_mut");
        &mut self.value
    }
}
struct Wrapper(Vec<String>);
impl Deref for Wrapper {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}
impl DerefMut for Wrapper {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.0
    }
}
fn main() {
    let mut c = Counter { value: 1 };
    *c = 10;
    *c += 5;
    let r = &mut *c;
    *r *= 2;
    println!("{}", *c);
    let mut w = Wrapper(Vec::new());
    (*w).push(String::from("a"));
    (*w).push(String::from("bc"));
    println!("{:?} {}", *w, (*w).len());
}
// expect: deref_mut
// expect: deref_mut
// expect: deref_mut
// expect: 30
// expect: ["a", "bc"] 2
