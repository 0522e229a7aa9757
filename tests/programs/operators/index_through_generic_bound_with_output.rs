// A generic parameter indexes through its `Index<usize, Output = String>` bound, for a learner type and a Vec alike.
use std::ops::Index;
struct Wrap<T> { items: Vec<T> }
impl<T> Index<usize> for Wrap<T> { type Output = T; fn index(&self, i: usize) -> &T { &self.items[i] } }
fn show<C: Index<usize, Output = String>>(c: &C) { println!("{}", c[1]); }
fn main() {
    let w = Wrap { items: vec![String::from("a"), String::from("b")] };
    show(&w);
    let n = Wrap { items: vec![1.5, 2.5] };
    println!("{}", n[0] + n[1]);
    let v = vec![String::from("x"), String::from("yy")];
    show(&v);
}
// expect: b
// expect: 4
// expect: yy
