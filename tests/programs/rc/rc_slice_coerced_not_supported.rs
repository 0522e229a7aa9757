// An `Rc<[i32]>` made from an array by unsized coercion is outside the subset: the engine says so at the type, not with E0308.
use std::rc::Rc;

fn main() {
    let shared: Rc<[i32]> = Rc::new([1, 2, 3]);
    println!("{:?} {}", shared, shared.len());
}
// expect: [1, 2, 3] 3
// unsupported: `Rc<[i32]>` (a pointer to a slice) is not supported yet at 5:17
