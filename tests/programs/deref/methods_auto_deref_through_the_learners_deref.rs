// A method the wrapper lacks is looked up on its Deref target, as rustc's auto-deref does: `m.len()` calls `deref` and then `String::len`; `v.push(x)` calls `deref_mut`.
use std::ops::{Deref, DerefMut};
struct Tracked<T> {
    value: T,
}
impl<T> Deref for Tracked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}
impl<T> DerefMut for Tracked<T> {
    fn deref_mut(&mut self) -> &mut T {
        println!("deref_mut");
        &mut self.value
    }
}
impl<T> Tracked<T> {
    fn len(&self) -> usize {
        0
    }
}
fn main() {
    let name = Tracked { value: String::from("Ferris") };
    println!("{} {}", name.to_uppercase(), name.contains("rr"));
    println!("{}", name.len());
    let mut v = Tracked { value: Vec::new() };
    v.push(3);
    v.push(1);
    v.sort();
    let r = &v;
    println!("{:?} {} {}", *v, r.is_empty(), r.first().unwrap());
}
// expect: FERRIS true
// expect: 0
// expect: deref_mut
// expect: deref_mut
// expect: deref_mut
// expect: [1, 3] false 1
