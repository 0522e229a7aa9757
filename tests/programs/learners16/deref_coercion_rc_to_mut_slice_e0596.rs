// `&mut Rc<Vec<i32>>` passed where `&mut [i32]` is expected: an Rc gives no `&mut` to its Vec (E0596).
use std::rc::Rc;

fn zero_first(v: &mut [i32]) {
    v[0] = 0;
}

fn main() {
    let mut r = Rc::new(vec![1, 2, 3]);
    zero_first(&mut r);
    println!("{:?}", r);
}
// error: E0596 at 10:16
